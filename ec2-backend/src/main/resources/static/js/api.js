// The service's JSON API, as the pages use it. Errors carry the problem's detail for the user.

/** Calls the API; resolves to the parsed body, or rejects with an Error whose message is the problem detail. */
export async function call(method, path, { body, token, headers = {} } = {}) {
  const request = { method, headers: { Accept: "application/json", ...headers } };
  if (body !== undefined) {
    request.headers["Content-Type"] = "application/json";
    request.body = JSON.stringify(body);
  }
  if (token) {
    request.headers.Authorization = `Bearer ${token}`;
  }
  const response = await fetch(path, request);
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const detail = json?.errors?.map((e) => `${e.field} ${e.message}`).join("; ") || json?.detail || json?.title;
    const error = new Error(detail || `${method} ${path} failed with ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return json;
}

/** A random id without crypto.randomUUID, which browsers only offer on https or localhost. */
export function randomId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function money(cents, currency) {
  return new Intl.NumberFormat(undefined, { style: "currency", currency }).format(cents / 100);
}

/** The image to show for a product: a READY one if any, else the one still in progress, else a rejected one. */
export function showcase(images) {
  return images.find((i) => i.status === "READY")
    ?? images.find((i) => i.status === "PENDING")
    ?? images.find((i) => i.status === "REJECTED");
}

export function rendition(image, ...names) {
  for (const name of names) {
    const found = image?.renditions?.find((r) => r.name === name);
    if (found) return found;
  }
  return undefined;
}

/** Builds an element: el("p", { class: "muted" }, "text", child). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value == null) continue;
    if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  node.append(...children.filter((c) => c != null));
  return node;
}

let noticeTimer;

/** Shows a short message in the page's live region, which screen readers announce; it fades after a while. */
export function notify(message) {
  clearTimeout(noticeTimer);
  document.getElementById("notice").textContent = message;
  noticeTimer = setTimeout(() => { document.getElementById("notice").textContent = ""; }, 6000);
}

/** A picture box for an image: its rendition, a placeholder while it is processed, or a rejection badge. */
export function picture(image, alt, names, large = false) {
  const box = el("div", { class: large ? "picture large" : "picture" });
  const shown = rendition(image, ...names);
  if (image?.status === "READY" && shown) {
    box.append(el("img", { src: shown.url, alt, width: shown.width, height: shown.height }));
  } else if (image?.status === "PENDING") {
    box.append(el("span", { class: "badge PENDING" }, "Processing"), el("span", {}, "Image on its way…"));
  } else if (image?.status === "REJECTED") {
    box.append(el("span", { class: "badge REJECTED" }, "Image rejected"), el("span", {}, image.reason ?? ""));
  } else {
    box.append(el("span", {}, "No image yet"));
  }
  return box;
}
