// The storefront: product grid, product page, cart and checkout, and an order page that follows
// the payment until it is settled. Routes live in the URL's hash, so every view can be bookmarked.
import { call, el, money, notify, picture, randomId, showcase } from "./api.js";

const main = document.getElementById("main");
const CART_KEY = "tandem.cart";
const TOKENS = [
  ["tok_visa", "Visa, approved (tok_visa)"],
  ["tok_chargeDeclined", "Card declined (tok_chargeDeclined)"],
  ["tok_insufficientFunds", "Insufficient funds (tok_insufficientFunds)"],
];
const POLL_MS = 1000;
let stopPolling = () => {};

const cart = {
  read: () => JSON.parse(localStorage.getItem(CART_KEY) ?? "[]"),
  write(items) {
    localStorage.setItem(CART_KEY, JSON.stringify(items));
    document.getElementById("cart-count").textContent = items.reduce((n, i) => n + i.quantity, 0);
  },
  add(product) {
    const items = cart.read();
    const line = items.find((i) => i.productId === product.id);
    if (line) line.quantity += 1;
    else items.push({ productId: product.id, name: product.name, priceCents: product.priceCents,
      currency: product.currency, quantity: 1 });
    cart.write(items);
    notify(`${product.name} added to the cart`);
  },
};

function show(...nodes) {
  main.replaceChildren(...nodes);
  main.focus();
}

const PAGE_SIZE = 24;

function productCard(p) {
  return el("li", { class: "card", "data-product": p.id },
    picture(showcase(p.images), p.name, ["thumbnail"]),
    el("h2", {}, el("a", { href: `#/product/${p.id}` }, p.name)),
    el("span", { class: "price" }, money(p.priceCents, p.currency)),
    el("button", { type: "button", disabled: p.stock === 0, onclick: () => cart.add(p) },
      p.stock === 0 ? "Sold out" : "Add to cart"));
}

/** The grid shows one page at a time; "More products" appends the next, following the API's cursor. */
async function productGrid() {
  const grid = el("ul", { id: "product-grid", class: "grid", "aria-busy": "true" });
  const more = el("button", { type: "button", hidden: true }, "More products");
  const empty = el("p", { class: "muted", hidden: true }, "No products yet.");
  let cursor = null;
  const load = async () => {
    grid.setAttribute("aria-busy", "true");
    more.disabled = true;
    const query = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
    const page = await call("GET", `/api/products?limit=${PAGE_SIZE}${query}`);
    grid.append(...page.items.map(productCard));
    cursor = page.nextCursor;
    more.hidden = !cursor;
    more.disabled = false;
    empty.hidden = grid.children.length > 0;
    grid.setAttribute("aria-busy", "false");
  };
  more.addEventListener("click", () => load().catch((e) => notify(e.message)));
  show(el("h1", {}, "Products"), grid, empty, more);
  await load();
}

async function productPage(id) {
  const p = await call("GET", `/api/products/${encodeURIComponent(id)}`);
  show(el("p", {}, el("a", { href: "#/" }, "← All products")),
    el("div", { class: "detail" },
      picture(showcase(p.images), p.name, ["medium", "large", "thumbnail"], true),
      el("div", {},
        el("h1", {}, p.name),
        el("p", { class: "price" }, money(p.priceCents, p.currency)),
        el("p", {}, p.description ?? ""),
        el("p", { class: "muted" }, `${p.stock} in stock`),
        el("button", { type: "button", disabled: p.stock === 0, onclick: () => cart.add(p) }, "Add to cart"))),
    alsoBought(p.id));
}

/**
 * "Customers who bought this also bought": filled in when the recommendations arrive, so the product
 * itself never waits for them; a product with no co-purchases yet shows the best-sellers instead.
 */
function alsoBought(id) {
  const heading = el("h2", { id: "also-bought-heading" }, "Customers who bought this also bought");
  const list = el("ul", { class: "grid small", "aria-busy": "true" });
  const section = el("section", { id: "also-bought", "aria-labelledby": "also-bought-heading", hidden: true },
    heading, list);
  call("GET", `/api/products/${encodeURIComponent(id)}/recommendations?limit=4`).then((answer) => {
    if (answer.items.length === 0) return;
    if (answer.basis === "bestsellers") heading.textContent = "Customers also bought our best-sellers";
    list.replaceChildren(...answer.items.map((item) => el("li", { class: "card", "data-product": item.productId },
      el("div", { class: "picture" }, item.thumbnailUrl
        ? el("img", { src: item.thumbnailUrl, alt: item.name })
        : el("span", {}, "No image yet")),
      el("h3", {}, el("a", { href: `#/product/${item.productId}` }, item.name)),
      el("span", { class: "price" }, money(item.priceCents, item.currency)))));
    list.setAttribute("aria-busy", "false");
    section.hidden = false;
  }).catch(() => { /* Recommendations are a bonus: the product page stands without them. */ });
  return section;
}

function cartPage() {
  const items = cart.read();
  if (items.length === 0) {
    show(el("h1", {}, "Cart"), el("p", {}, "Your cart is empty. ", el("a", { href: "#/" }, "Browse products")));
    return;
  }
  const rows = items.map((item, index) => el("tr", {},
    el("td", {}, item.name),
    el("td", {}, el("label", { for: `qty-${index}`, class: "muted" }, "Quantity"),
      el("input", { id: `qty-${index}`, type: "number", min: 0, max: 100, value: item.quantity,
        onchange: (e) => updateQuantity(index, Number(e.target.value)) })),
    el("td", {}, money(item.priceCents * item.quantity, item.currency))));
  const total = items.reduce((sum, i) => sum + i.priceCents * i.quantity, 0);
  const form = el("form", { class: "panel narrow", onsubmit: checkout },
    el("h2", {}, "Checkout"),
    el("label", { for: "email" }, "Email"),
    el("input", { id: "email", name: "email", type: "email", required: true, autocomplete: "email",
      value: "shopper@example.com" }),
    el("label", { for: "payment-token" }, "Payment card (test token)"),
    el("select", { id: "payment-token", name: "paymentToken" },
      ...TOKENS.map(([value, text]) => el("option", { value }, text))),
    el("button", { type: "submit" }, `Place order · ${money(total, items[0].currency)}`));
  show(el("h1", {}, "Cart"),
    el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, "Product"), el("th", {}, "Quantity"),
      el("th", {}, "Subtotal"))), el("tbody", {}, ...rows)),
    form);
}

function updateQuantity(index, quantity) {
  const items = cart.read();
  if (quantity > 0) items[index].quantity = quantity;
  else items.splice(index, 1);
  cart.write(items);
  cartPage();
}

async function checkout(event) {
  event.preventDefault();
  const form = event.target;
  const button = form.querySelector("button");
  button.disabled = true;
  try {
    const order = await call("POST", "/api/orders", {
      // One key per checkout, so a double submit cannot place the order twice.
      headers: { "Idempotency-Key": form.dataset.key ??= randomId() },
      body: {
        items: cart.read().map(({ productId, quantity }) => ({ productId, quantity })),
        paymentToken: form.paymentToken.value,
        customerEmail: form.email.value,
      },
    });
    cart.write([]);
    location.hash = `#/order/${order.orderId}`;
  } catch (e) {
    notify(e.message);
    button.disabled = false;
  }
}

function orderPage(id) {
  const status = el("span", { id: "order-status", class: "badge" }, "…");
  const reason = el("p", { id: "order-reason" });
  const summary = el("p", { class: "muted" });
  show(el("h1", {}, "Order"), el("p", {}, "Order ", el("code", {}, id)),
    el("p", { class: "status", role: "status", "aria-live": "polite" }, "Status: ", status), reason, summary);
  let timer;
  const poll = async () => {
    try {
      const order = await call("GET", `/api/orders/${encodeURIComponent(id)}`);
      status.textContent = order.status;
      status.className = `badge ${order.status}`;
      summary.textContent = `${order.items.length} line(s), total ${money(order.totalCents, order.currency)}`;
      reason.textContent = order.failureReason ? `Reason: ${order.failureReason}` : "";
      if (order.status !== "PENDING_PAYMENT") return;
    } catch (e) {
      notify(e.message);
    }
    timer = setTimeout(poll, POLL_MS);
  };
  stopPolling = () => clearTimeout(timer);
  poll();
}

async function route() {
  stopPolling();
  notify("");
  const [, view, id] = location.hash.split("/");
  try {
    if (view === "product" && id) await productPage(id);
    else if (view === "cart") cartPage();
    else if (view === "order" && id) orderPage(id);
    else await productGrid();
  } catch (e) {
    show(el("h1", {}, "Something went wrong"), el("p", {}, e.message));
  }
}

window.addEventListener("hashchange", route);
cart.write(cart.read());
route();
