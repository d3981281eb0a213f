// A heavy, living LinkedIn feed for `npm run bench` (page cost). Injected into the routed feed
// fixture as the page's own script (Playwright `addInitScript`), in the runs with and without the
// extension alike. It imitates what LinkedIn's client does, with the fixture's real markup:
//  - posts arrive as JSON API payloads (Voyager-like: `data` with URNs + a normalised `included`
//    list of actors, commentaries and social details), are parsed with JSON.parse, denormalised,
//    turned into a virtual DOM (plain objects) and mounted with createElement — no cloneNode;
//  - on DOMContentLoaded it renders a first page of INITIAL_POSTS posts (thousands of elements);
//  - while the benchmark runs (`__benchStart()`): every 400 ms infinite scroll fetches a page of
//    5 posts and appends it; every 100 ms a "realtime" payload updates the reaction/comment counts
//    of 8 random posts, re-rendered through a keyed diff that patches only changed text and
//    aria-labels (the count buttons' aria-labels are attributes the extension watches); every
//    second the relative timestamps of every post are re-rendered; an IntersectionObserver does
//    impression tracking on every post; past MAX_POSTS the oldest posts are unmounted;
//  - like LinkedIn in 2026, `#interop-outlet` on <body> holds an open shadow root (the extension
//    observes it): a messaging bubble in it updates its unread badge every second and a toast
//    mounts and unmounts there every 2 s.
// Deterministic (seeded random), so both sides of a pair do the same work.
(() => {
  const INITIAL_POSTS = 120;
  const PAGE_SIZE = 5;
  const MAX_POSTS = 400;

  let seed = 7;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const NAMES = ['Priya Raman', 'Marcus Oyelaran', 'Grace Adeyemi', 'Jonas Weber', 'Lea Hoffmann', 'Tomás Ortega', 'Mei Chen', 'Aisha Khan', 'Lukas Brandt', 'Sofia Rossi'];
  const HEADLINES = ['Data Analyst at Nordwind Analytics | SQL · Tableau · Python', 'Head of Finance Transformation | CFO Office', 'Product Manager | B2B SaaS', 'HR Business Partner · Reverse mentoring advocate', 'Controller at Stadtwerke · Excel nerd'];
  const WORDS = 'dashboard decision team quarter mentoring shortcut formula pivot audience growth keynote lesson insight customer roadmap data story learning feedback network'.split(' ');
  const TAGS = ['DataVisualization', 'Tableau', 'ReverseMentoring', 'Excel', 'Leadership', 'FutureOfWork', 'Analytics'];

  let urnCounter = 7265432000000000000n;
  /** The server side: one page of feed updates as the API would send it (a JSON string). */
  function fetchPagePayload(count) {
    const data = [];
    const included = [];
    for (let i = 0; i < count; i++) {
      urnCounter += 1234567n;
      const urn = `urn:li:activity:${urnCounter}`;
      const actor = `urn:li:fsd_profile:ACoA${Math.floor(random() * 1e9).toString(36)}`;
      const name = pick(NAMES);
      included.push({ $type: 'com.linkedin.voyager.dash.identity.profile.Profile', entityUrn: actor, name, headline: pick(HEADLINES), degree: pick(['1st', '2nd', '3rd+']), color: `hsl(${Math.floor(random() * 360)},45%,45%)` });
      const lines = Array.from({ length: 2 + Math.floor(random() * 4) }, () => Array.from({ length: 6 + Math.floor(random() * 10) }, () => pick(WORDS)).join(' ') + '.');
      included.push({ $type: 'com.linkedin.voyager.dash.feed.Commentary', entityUrn: `${urn}:commentary`, lines, hashtags: [pick(TAGS), pick(TAGS)] });
      included.push({ $type: 'com.linkedin.voyager.dash.social.SocialDetail', entityUrn: `${urn}:social`, reactions: Math.floor(random() * 3000), comments: Math.floor(random() * 300), reposts: Math.floor(random() * 150) });
      data.push({ entityUrn: urn, actor, commentary: `${urn}:commentary`, social: `${urn}:social`, postedAt: Date.now() - Math.floor(random() * 86_400_000), hasImage: random() < 0.5 });
    }
    return JSON.stringify({ data: { elements: data, paging: { start: 0, count } }, included });
  }

  /** The client side: parse, normalise into the entity store, return the new updates. */
  const store = new Map();
  function ingest(text) {
    const payload = JSON.parse(text);
    for (const entity of payload.included) store.set(entity.entityUrn, { ...store.get(entity.entityUrn), ...entity });
    return payload.data.elements.map((u) => ({ ...u, actor: store.get(u.actor), commentary: store.get(u.commentary), social: store.get(u.social) }));
  }

  // ── a tiny virtual DOM: h() → plain objects; mount() creates elements; patch() diffs. ──
  const h = (tag, props, ...children) => ({ tag, props: props ?? {}, children: children.flat().filter((c) => c !== null && c !== false) });
  function mount(vnode) {
    if (typeof vnode === 'string' || typeof vnode === 'number') return document.createTextNode(String(vnode));
    const el = vnode.tag === 'svg' || vnode.tag === 'use' ? document.createElementNS('http://www.w3.org/2000/svg', vnode.tag) : document.createElement(vnode.tag);
    for (const [k, v] of Object.entries(vnode.props)) el.setAttribute(k === 'className' ? 'class' : k, v);
    for (const child of vnode.children) el.append(mount(child));
    vnode.el = el;
    return el;
  }
  function patch(old, next) {
    if (typeof old === 'string' || typeof old === 'number' || typeof next === 'string' || typeof next === 'number') return old === next ? old : null;
    next.el = old.el;
    for (const [k, v] of Object.entries(next.props)) if (old.props[k] !== v) old.el.setAttribute(k === 'className' ? 'class' : k, v);
    next.children.forEach((child, i) => {
      const before = old.children[i];
      if (patch(before, child) === null) old.el.childNodes[i].replaceWith(mount(child));
    });
    return next;
  }

  const icon = (name, size) => h('svg', { role: 'none', 'aria-hidden': 'true', width: size, height: size, viewBox: '0 0 24 24', 'data-test-icon': name }, h('use', { href: `#${name}`, width: size, height: size }));
  const fmt = (n) => n.toLocaleString('en-US');
  const ago = (t) => {
    const m = Math.floor((Date.now() - t) / 60_000);
    return m < 60 ? `${m}m` : `${Math.floor(m / 60)}h`;
  };

  function SocialCounts(u) {
    const s = u.social;
    return h('ul', { className: 'social-details-social-counts', 'data-view-name': 'feed-reaction-count' },
      h('li', { className: 'social-details-social-counts__item social-details-social-counts__reactions' },
        h('button', { 'aria-label': `${fmt(s.reactions)} reactions`, className: 'social-details-social-counts__count-value t-black--light', type: 'button' },
          h('span', { 'aria-hidden': 'true', className: 'social-details-social-counts__reactions-count' }, fmt(s.reactions)))),
      h('li', { className: 'social-details-social-counts__right' },
        h('span', { className: 'social-details-social-counts__item social-details-social-counts__comments' },
          h('button', { 'aria-label': `${fmt(s.comments)} comments on ${u.actor.name}’s post`, className: 't-black--light', type: 'button' }, h('span', { 'aria-hidden': 'true' }, `${fmt(s.comments)} comments`))),
        h('span', { 'aria-hidden': 'true' }, '•'),
        h('span', { className: 'social-details-social-counts__item' },
          h('button', { 'aria-label': `${fmt(s.reposts)} reposts`, className: 't-black--light', type: 'button' }, h('span', { 'aria-hidden': 'true' }, `${fmt(s.reposts)} reposts`)))));
  }
  const action = (label, name, view) =>
    h('button', { 'aria-label': label, className: 'social-actions-button artdeco-button artdeco-button--muted artdeco-button--4 artdeco-button--tertiary', type: 'button', 'data-view-name': view }, icon(name, 20), h('span', { className: 'artdeco-button__text' }, label));
  const Time = (u) => h('span', { className: 'update-components-actor__sub-description t-12 t-normal t-black--light' }, h('span', { 'aria-hidden': 'true' }, `${ago(u.postedAt)} • `, icon('globe-americas-small', 16)));

  function Post(u, index) {
    const a = u.actor;
    return h('div', { 'data-id': u.entityUrn, 'data-finite-scroll-hotkey-item': String(index), className: 'occludable-update' },
      h('div', { className: 'feed-shared-update-v2 feed-shared-update-v2--minor-padding full-height relative artdeco-card', role: 'article', 'data-urn': u.entityUrn, 'aria-posinset': String(index + 1), 'aria-setsize': '-1', 'data-view-name': 'feed-full-update' },
        h('h2', { className: 'visually-hidden' }, `Feed post number ${index + 1}`),
        h('div', { className: 'update-components-actor display-flex', 'data-view-name': 'feed-actor' },
          h('a', { className: 'app-aware-link update-components-actor__image relative', href: `https://www.linkedin.com/in/${a.entityUrn.slice(-8)}`, 'aria-label': `View: ${a.name} • ${a.degree} ${a.headline}` },
            h('span', { className: 'update-components-actor__avatar', style: `display:inline-block;width:48px;height:48px;border-radius:50%;background:${a.color}` })),
          h('div', { className: 'update-components-actor__meta relative' },
            h('a', { className: 'app-aware-link update-components-actor__meta-link', href: `https://www.linkedin.com/in/${a.entityUrn.slice(-8)}` },
              h('span', { className: 'update-components-actor__title' },
                h('span', { className: 'update-components-actor__name hoverable-link-text t-14 t-bold t-black' }, h('span', { dir: 'ltr' }, h('span', { 'aria-hidden': 'true' }, a.name), h('span', { className: 'visually-hidden' }, a.name))),
                h('span', { className: 'update-components-actor__supplementary-actor-info t-14 t-normal t-black--light' }, h('span', { 'aria-hidden': 'true' }, ` • ${a.degree}`))),
              h('span', { className: 'update-components-actor__description t-12 t-normal t-black--light' }, h('span', { 'aria-hidden': 'true' }, a.headline)),
              Time(u)))),
        h('div', { className: 'feed-shared-control-menu feed-shared-update-v2__control-menu absolute text-align-right' },
          h('button', { 'aria-expanded': 'false', className: 'feed-shared-control-menu__trigger artdeco-button artdeco-button--tertiary artdeco-button--circle', 'aria-label': `Open control menu for post by ${a.name}`, type: 'button' }, icon('overflow-web-ios-medium', 20)),
          h('button', { className: 'feed-shared-control-menu__hide-post-button artdeco-button artdeco-button--circle', 'aria-label': `Dismiss post by ${a.name}`, type: 'button' }, icon('close-medium', 20))),
        h('div', { className: 'feed-shared-update-v2__description-wrapper mr2', 'data-view-name': 'feed-commentary' },
          h('div', { className: 'update-components-text relative update-components-update-v2__commentary', dir: 'ltr' },
            h('span', { className: 'break-words tvm-parent-container' },
              h('span', { dir: 'ltr' }, ...u.commentary.lines.flatMap((line) => [line, h('br', null)]),
                ...u.commentary.hashtags.flatMap((tag) => [h('a', { href: `https://www.linkedin.com/feed/hashtag/?keywords=${tag.toLowerCase()}`, className: 'app-aware-link' }, `#${tag}`), ' '])))),
          h('button', { className: 'feed-shared-inline-show-more-text__see-more-less-toggle see-more t-14', type: 'button' }, h('span', null, '…more'))),
        u.hasImage
          ? h('div', { className: 'update-content-wrapper' },
              h('div', { className: 'update-components-image update-components-image--single-image', 'data-view-name': 'feed-update-image' },
                h('svg', { viewBox: '0 0 552 345', width: '555', height: '347', role: 'img', 'aria-label': 'Chart' },
                  ...Array.from({ length: 8 }, (_, i) => h('rect', { x: String(60 + i * 58), y: '120', width: '38', height: String(40 + ((i * 37) % 120)), fill: '#7fc15e' })))))
          : null,
        h('div', { className: 'update-v2-social-activity' },
          SocialCounts(u),
          h('div', { className: 'feed-shared-social-action-bar feed-shared-social-action-bar--full-width', 'data-view-name': 'feed-social-action-bar' },
            action('Like', 'thumbs-up-outline-medium', 'feed-reaction-button'),
            action('Comment', 'comment-medium', 'feed-comment-button'),
            action('Repost', 'repost-medium', 'feed-repost-button'),
            action('Send', 'send-privately-medium', 'feed-send-as-message-button')))));
  }

  const posts = []; // { update, vnode, social, time }
  let feed = null;
  const impressions = new Map();
  const seen = new IntersectionObserver((entries) => {
    for (const e of entries) if (e.isIntersecting) impressions.set(e.target.getAttribute('data-id'), (impressions.get(e.target.getAttribute('data-id')) ?? 0) + 1);
  }, { threshold: [0, 0.5, 1] });

  function renderPage(count) {
    const updates = ingest(fetchPagePayload(count));
    const fragment = document.createDocumentFragment();
    for (const update of updates) {
      const vnode = Post(update, posts.length);
      const el = mount(vnode);
      fragment.append(el);
      seen.observe(el);
      // The social counts and timestamp sub-trees are kept to patch them in place later.
      const social = vnode.children[0].children.find((c) => c.props.className === 'update-v2-social-activity').children[0];
      posts.push({ update, vnode, social, el });
    }
    feed.append(fragment);
    while (posts.length > MAX_POSTS) {
      const old = posts.shift();
      seen.unobserve(old.el);
      old.el.remove();
    }
  }

  function realtimeCounts() {
    // A realtime push: new counts for a few posts, as JSON, re-rendered through the diff.
    const changes = JSON.parse(JSON.stringify(Array.from({ length: 8 }, () => {
      const post = posts[Math.floor(random() * posts.length)];
      return { urn: post.update.social.entityUrn, reactions: post.update.social.reactions + 1 + Math.floor(random() * 3), comments: post.update.social.comments + (random() < 0.3 ? 1 : 0) };
    })));
    for (const c of changes) {
      const entity = store.get(c.urn);
      Object.assign(entity, c);
      const post = posts.find((p) => p.update.social.entityUrn === c.urn);
      if (!post) continue;
      post.update.social = entity;
      post.social = patch(post.social, SocialCounts(post.update));
    }
  }

  function relativeTimes() {
    for (const post of posts) {
      const meta = post.el.querySelector('.update-components-actor__sub-description');
      const next = `${ago(post.update.postedAt)} • `;
      if (meta && meta.firstChild.firstChild.data !== next) meta.firstChild.firstChild.data = next;
    }
  }

  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchLongTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });

  // The interop outlet's open shadow root, where LinkedIn mounts its overlays.
  let outlet = null;
  let unread = 0;
  function mountOutlet() {
    const host = document.getElementById('interop-outlet') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'interop-outlet' }));
    outlet = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    outlet.append(mount(h('aside', { className: 'msg-overlay-bubble', 'aria-label': 'Messaging' },
      h('button', { className: 'msg-overlay-bubble-header', type: 'button', 'aria-label': 'Messaging: 0 unread conversations' }, h('span', { className: 'notification-badge' }, '0')))));
  }
  function outletBadge() {
    unread = (unread + 1) % 9;
    const button = outlet.querySelector('.msg-overlay-bubble-header');
    button.setAttribute('aria-label', `Messaging: ${unread} unread conversations`);
    button.firstChild.textContent = String(unread);
  }
  let toast = null;
  function outletToast() {
    if (toast) {
      toast.remove();
      toast = null;
      return;
    }
    toast = mount(h('div', { className: 'artdeco-toast-item', role: 'alert' }, h('p', { className: 'artdeco-toast-item__message' }, `${pick(NAMES)} reacted to your post`)));
    outlet.append(toast);
  }

  document.addEventListener('DOMContentLoaded', () => {
    feed = document.querySelector('[data-finite-scroll-hotkey-context="FEED"]');
    if (!feed) return;
    mountOutlet();
    renderPage(INITIAL_POSTS);
    window.__benchReady = true;
  });

  let timers = [];
  window.__benchStart = () => {
    window.__benchLongTasks.length = 0;
    timers = [setInterval(() => renderPage(PAGE_SIZE), 400), setInterval(realtimeCounts, 100), setInterval(relativeTimes, 1000), setInterval(outletBadge, 1000), setInterval(outletToast, 2000)];
  };
  window.__benchStop = () => {
    timers.forEach(clearInterval);
    return { posts: posts.length, elements: document.getElementsByTagName('*').length, impressions: impressions.size };
  };
})();
