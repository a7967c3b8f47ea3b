// The admin page: the token is asked for once and kept in sessionStorage (this tab only); products
// are created and edited through the API, and images go straight from the browser to S3 with the
// presigned PUT the API hands out, then are followed until the image-resizer has decided.
import { call, el, money, notify, picture } from "./api.js";

const TOKEN_KEY = "tandem.adminToken";
const POLL_MS = 1000;
// Headers a page may not set itself; the browser sends the right Content-Length on its own.
const BROWSER_MANAGED = new Set(["content-length", "host"]);

const $ = (id) => document.getElementById(id);
let selected = null;
let pollTimer;

const token = () => sessionStorage.getItem(TOKEN_KEY);
const asAdmin = (method, path, body) => call(method, path, { body, token: token() });

function start() {
  const signedIn = Boolean(token());
  $("token-form").hidden = signedIn;
  $("workspace").hidden = !signedIn;
  $("sign-out").hidden = !signedIn;
  if (signedIn) {
    loadProducts();
    loadModel();
  }
}

/** The model this instance serves: what it was built from, how long that took and how old it is. */
async function loadModel() {
  try {
    const m = await asAdmin("GET", "/api/recommendations/model");
    const facts = m.loaded
      ? [["Version", m.version], ["Products", m.products], ["Pairs", m.pairs], ["Paid orders", m.orders],
        ["Build duration", `${m.buildMillis} ms`], ["Age", age(m.ageSeconds)]]
      : [["Version", "none yet: the first build follows the first check"]];
    $("model-status").replaceChildren(...facts.flatMap(([term, value]) =>
      [el("dt", {}, term), el("dd", {}, String(value))]));
  } catch (e) {
    notify(e.message);
  }
}

function age(seconds) {
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 3600)} h`;
}

async function loadProducts() {
  try {
    const page = await call("GET", "/api/products?limit=100");
    $("product-list").replaceChildren(...page.items.map((p) => el("li", {},
      el("button", { type: "button", "aria-current": String(p.id === selected?.id), onclick: () => select(p.id) },
        `${p.name} · ${money(p.priceCents, p.currency)} · ${p.stock} in stock`))));
  } catch (e) {
    notify(e.message);
  }
}

function edit(product) {
  selected = product;
  const form = $("product-form");
  $("editor-heading").textContent = product ? `Edit ${product.name}` : "New product";
  form.sku.value = product?.sku ?? "";
  form.name.value = product?.name ?? "";
  form.description.value = product?.description ?? "";
  form.priceCents.value = product?.priceCents ?? "";
  form.currency.value = product?.currency ?? "EUR";
  form.stock.value = product?.stock ?? "";
  // SKU and currency are fixed once a product exists: orders refer to them.
  form.sku.readOnly = form.currency.readOnly = Boolean(product);
  $("save-product").textContent = product ? "Save changes" : "Create product";
  $("images").hidden = !product;
  showImages();
}

async function select(id) {
  edit(await asAdmin("GET", `/api/products/${encodeURIComponent(id)}`));
  loadProducts();
}

async function save(event) {
  event.preventDefault();
  const form = event.target;
  const fields = {
    name: form.name.value,
    description: form.description.value,
    priceCents: Number(form.priceCents.value),
    stock: Number(form.stock.value),
  };
  try {
    const saved = selected
      ? await asAdmin("PATCH", `/api/products/${selected.id}`, fields)
      : await asAdmin("POST", "/api/products", { ...fields, sku: form.sku.value, currency: form.currency.value });
    notify(`Saved ${saved.name}`);
    edit(saved);
    loadProducts();
  } catch (e) {
    notify(e.message);
  }
}

function showImages() {
  clearTimeout(pollTimer);
  const images = selected?.images ?? [];
  $("image-list").replaceChildren(...images.map((image) => el("li", { "data-image": image.imageId },
    picture(image, `Image ${image.imageId}`, ["thumbnail"]),
    el("div", { class: "image-status" },
      el("span", { class: `badge ${image.status}` }, image.status),
      image.reason ? el("p", {}, `Reason: ${image.reason}`) : null,
      el("p", { class: "muted" }, image.renditions.map((r) => `${r.name} ${r.width}×${r.height}`).join(", "))))));
  if (images.some((image) => image.status === "PENDING")) {
    pollTimer = setTimeout(async () => {
      if (selected) edit(await asAdmin("GET", `/api/products/${selected.id}`));
    }, POLL_MS);
  }
}

async function upload(event) {
  event.preventDefault();
  const file = event.target.file.files[0];
  const progress = $("progress");
  const button = event.target.querySelector("button");
  button.disabled = true;
  progress.value = 0;
  try {
    const started = await asAdmin("POST", `/api/products/${selected.id}/images`,
      { contentType: file.type, contentLength: file.size });
    await put(started.upload, file, progress);
    notify("Uploaded; the image-resizer is on it");
    edit(await asAdmin("GET", `/api/products/${selected.id}`));
  } catch (e) {
    notify(e.message);
  } finally {
    button.disabled = false;
  }
}

/** XMLHttpRequest rather than fetch: only it reports upload progress. */
function put(upload, file, progress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(upload.method, upload.url);
    for (const [name, value] of Object.entries(upload.headers)) {
      if (!BROWSER_MANAGED.has(name.toLowerCase())) xhr.setRequestHeader(name, value);
    }
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) progress.value = Math.round((100 * e.loaded) / e.total);
    };
    xhr.onload = () => (xhr.status < 300 ? resolve() : reject(new Error(`Upload refused by S3 (${xhr.status})`)));
    xhr.onerror = () => reject(new Error("Upload failed: S3 could not be reached"));
    xhr.send(file);
  });
}

$("token-form").addEventListener("submit", (event) => {
  event.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, event.target.token.value.trim());
  start();
});
$("sign-out").addEventListener("click", () => {
  sessionStorage.removeItem(TOKEN_KEY);
  start();
});
$("new-product").addEventListener("click", () => edit(null));
$("product-form").addEventListener("submit", save);
$("upload-form").addEventListener("submit", upload);
$("refresh-model").addEventListener("click", loadModel);
start();
