// The phone side of "Add from my phone": seal each chosen screenshot in this browser and
// send it to SafeHelper on the computer. The key comes from the address after "#", which
// browsers never send to a server, so the network only ever carries ciphertext.
// Plain http:// on a home-network address has no WebCrypto, hence the vendored cipher.
import { gcm } from './noble-ciphers.js';

const PROTOCOL = 'safehelper-phone-v1';
const encoder = new TextEncoder();
const base = location.pathname.replace(/[^/]*$/, '');
const token = base.split('/')[2] || '';
const store = window.sessionStorage;

const statusLine = document.getElementById('status');
const chooseButton = document.getElementById('choose');
const fileInput = document.getElementById('files');
const list = document.getElementById('list');
const doneButton = document.getElementById('done');

let key = null;
let phoneId = '';
let limits = null;
let messages = {};
let sentCount = 0;
let queue = Promise.resolve();

const FALLBACK = {
  unreachable:
    'The computer cannot be reached. Check that the phone is on the same Wi-Fi, and that ' +
    '“Add from my phone” is still open on the computer.',
  no_key: 'This address is not complete. Scan the code on the computer again.',
};

function say(text, refused = false) {
  statusLine.textContent = text;
  statusLine.classList.toggle('refused', refused);
}

function fromBase64Url(text) {
  const plain = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(plain + '='.repeat((4 - (plain.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function hex(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function readKey() {
  // Keep the key for a reload of this tab only, and out of the address bar and history.
  const slot = 'safehelper-key:' + token;
  const fromAddress = location.hash.slice(1);
  if (fromAddress) {
    store.setItem(slot, fromAddress);
    history.replaceState(null, '', location.pathname);
  }
  const text = fromAddress || store.getItem(slot) || '';
  try {
    const bytes = fromBase64Url(text);
    return bytes.length === 32 ? bytes : null;
  } catch {
    return null;
  }
}

function associatedData(purpose) {
  return encoder.encode(`${PROTOCOL}\n${token}\n${phoneId}\n${purpose}`);
}

function seal(plaintext, purpose) {
  const nonce = crypto.getRandomValues(new Uint8Array(12));
  const sealed = gcm(key, nonce, associatedData(purpose)).encrypt(plaintext);
  return new Blob([nonce, sealed]);
}

function nextSequence() {
  const slot = 'safehelper-seq:' + token;
  const next = Number(store.getItem(slot) || '0') + 1;
  store.setItem(slot, String(next));
  return next;
}

function post(path, body, headers, onProgress) {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', base + path);
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    if (onProgress) request.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    request.onload = () => {
      let answer = {};
      try {
        answer = JSON.parse(request.responseText);
      } catch {
        answer = {};
      }
      resolve({ status: request.status, answer });
    };
    request.onerror = () => resolve({ status: 0, answer: {} });
    request.send(body);
  });
}

function refusalText(answer) {
  return answer.message || FALLBACK.unreachable;
}

async function claim() {
  key = readKey();
  if (!key) {
    say(FALLBACK.no_key, true);
    return;
  }
  const idSlot = 'safehelper-phone:' + token;
  phoneId = store.getItem(idSlot) || hex(crypto.getRandomValues(new Uint8Array(16)));
  store.setItem(idSlot, phoneId);
  const { status, answer } = await post('claim', seal(encoder.encode('claim'), 'claim'), {
    'X-Phone': phoneId,
  });
  if (status !== 200) {
    say(status === 0 ? FALLBACK.unreachable : refusalText(answer), true);
    return;
  }
  limits = answer.limits;
  messages = answer.messages;
  say('Connected. Choose the screenshots to send.');
  chooseButton.disabled = false;
}

function addRow(file) {
  const row = document.createElement('li');
  const name = document.createElement('span');
  name.className = 'name';
  name.textContent = file.name || 'Picture';
  const bar = document.createElement('progress');
  bar.max = 1;
  bar.value = 0;
  bar.setAttribute('aria-label', `Sending ${name.textContent}`);
  const state = document.createElement('span');
  state.className = 'state';
  state.textContent = 'Waiting…';
  row.append(name, bar, state);
  list.append(row);
  return {
    progress(part) {
      bar.value = part;
      state.textContent = `Sending… ${Math.round(part * 100)}%`;
    },
    finish(text, refused) {
      bar.value = 1;
      bar.hidden = true;
      state.textContent = text;
      row.classList.add(refused ? 'refused' : 'sent');
    },
  };
}

async function send(file, row) {
  if (file.size > limits.max_file_bytes) {
    row.finish(messages.too_large, true);
    return;
  }
  row.progress(0);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const header = encoder.encode(
    JSON.stringify({ name: file.name, lastModified: file.lastModified, type: file.type }),
  );
  const plaintext = new Uint8Array(4 + header.length + bytes.length);
  new DataView(plaintext.buffer).setUint32(0, header.length);
  plaintext.set(header, 4);
  plaintext.set(bytes, 4 + header.length);
  const sequence = nextSequence();
  const body = seal(plaintext, String(sequence));
  plaintext.fill(0);
  bytes.fill(0);
  const { status, answer } = await post(
    'upload',
    body,
    { 'X-Phone': phoneId, 'X-Seq': String(sequence) },
    (part) => row.progress(part),
  );
  if (status === 200) {
    sentCount += 1;
    row.finish('Sent ✓', false);
  } else {
    row.finish(status === 0 ? FALLBACK.unreachable : refusalText(answer), true);
  }
}

fileInput.tabIndex = -1;
fileInput.setAttribute('aria-hidden', 'true');
chooseButton.addEventListener('click', () => fileInput.click());
fileInput.addEventListener('change', () => {
  const files = Array.from(fileInput.files || []);
  fileInput.value = '';
  if (files.length === 0) return;
  doneButton.hidden = false;
  say('Sending… keep this page open until each picture says Sent.');
  const waiting = files.map((file) => ({ file, row: addRow(file) }));
  // Two at a time: the phone seals the next picture while the computer checks the last
  // one, and the phone's memory still holds only two pictures.
  const lane = async () => {
    for (let next = waiting.shift(); next; next = waiting.shift()) await send(next.file, next.row);
  };
  queue = queue
    .then(() => Promise.all([lane(), lane()]))
    .then(() => say(`${sentCount} sent. Choose more, or press Done.`));
});
doneButton.addEventListener('click', async () => {
  await queue;
  chooseButton.disabled = true;
  doneButton.hidden = true;
  say(`Done: ${sentCount} sent. You can close this page. Finish on the computer.`);
});

claim();
