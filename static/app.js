// Porte-voix web UI. Text from the server is only ever set with textContent:
// nothing user-written is inserted as HTML.
const state = { csrf: null };

async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (state.csrf && method !== 'GET') headers['X-CSRF-Token'] = state.csrf;
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = response.status === 204 ? null : await response.json();
  if (!response.ok) throw Object.assign(new Error(data.error.message), { status: response.status, data });
  return data;
}

function show(id, visible) { document.getElementById(id).hidden = !visible; }
function text(id, value) { document.getElementById(id).textContent = value; }

function showHome(user) {
  show('sign-in', false);
  show('home', true);
  show('who', true);
  show('sign-out', true);
  text('who', `${user.name} <${user.email}>`);
  text('home-name', user.name);
  text('home-roles', user.roles.join(', '));
  text('home-function', user.function || '—');
  text('home-region', user.region || '—');
  text('home-language', user.language);
}

function showSignIn() {
  state.csrf = null;
  show('home', false);
  show('who', false);
  show('sign-out', false);
  show('sign-in', true);
}

async function start() {
  try {
    const me = await api('GET', '/api/v1/me');
    state.csrf = me.csrf_token;
    showHome(me);
  } catch {
    showSignIn();
  }
}

document.getElementById('sign-in-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  show('sign-in-error', false);
  try {
    const result = await api('POST', '/api/v1/auth/login', {
      email: form.get('email'), password: form.get('password'),
    });
    state.csrf = result.csrf_token;
    showHome(result.user);
  } catch (error) {
    text('sign-in-error', error.message);
    show('sign-in-error', true);
  }
});

document.getElementById('sign-out').addEventListener('click', async () => {
  await api('POST', '/api/v1/auth/logout').catch(() => {});
  showSignIn();
});

start();
