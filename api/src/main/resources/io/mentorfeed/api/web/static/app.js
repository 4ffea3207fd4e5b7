// mentorfeed's page: actions without a reload, and keyboard shortcuts. Served as a file, never inline, so the
// Content-Security-Policy can refuse every inline script. Without JavaScript the forms still post and redirect.
(function () {
  'use strict';
  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || '';
  var toast = document.getElementById('toast');
  var toastTimer = null;
  var current = -1;

  function say(text) {
    if (!toast) { return; }
    toast.textContent = text;
    toast.classList.add('shown');
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { toast.classList.remove('shown'); }, 4000);
  }

  function items() {
    return Array.prototype.slice.call(document.querySelectorAll('article.item'));
  }

  function select(index) {
    var all = items();
    if (all.length === 0) { current = -1; return; }
    current = Math.max(0, Math.min(index, all.length - 1));
    all.forEach(function (el, i) { el.classList.toggle('selected', i === current); });
    all[current].focus({preventScroll: true});
    all[current].scrollIntoView({block: 'nearest'});
  }

  function selected() {
    var all = items();
    return current >= 0 && current < all.length ? all[current] : null;
  }

  function setBusy(form, busy) {
    Array.prototype.forEach.call(form.querySelectorAll('button'), function (b) { b.disabled = busy; });
  }

  function leave(article) {
    var section = article.closest('section.section');
    var index = items().indexOf(article);
    article.remove();
    if (section && !section.querySelector('article.item')) { section.remove(); }
    if (index >= 0 && index <= current) { current -= 1; }
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains('act') || !event.submitter) { return; }
    event.preventDefault();
    var body = new URLSearchParams(new FormData(form, event.submitter));
    setBusy(form, true);
    fetch(form.action, {
      method: 'POST', body: body, credentials: 'same-origin',
      headers: {'Accept': 'application/json', 'X-CSRF-Token': csrf}
    }).then(function (response) {
      return response.json().then(function (answer) { return {ok: response.ok, answer: answer}; });
    }).then(function (result) {
      if (!result.ok) {
        setBusy(form, false);
        say(result.answer.detail || 'Not saved');
        return;
      }
      var article = form.closest('article.item');
      article.dataset.status = result.answer.status;
      article.classList.add('done');
      var state = document.createElement('p');
      state.className = 'state';
      state.textContent = result.answer.message;
      form.replaceWith(state);
      say(result.answer.message);
      setTimeout(function () { leave(article); }, 700);
    }).catch(function () {
      setBusy(form, false);
      say('Network error: nothing was saved');
    });
  });

  function press(kind) {
    var article = selected();
    var button = article && article.querySelector('form.act button[value="' + kind + '"]');
    if (button) { button.click(); }
  }

  document.addEventListener('keydown', function (event) {
    var tag = (event.target.tagName || '').toLowerCase();
    if (event.ctrlKey || event.metaKey || event.altKey || tag === 'input' || tag === 'select' || tag === 'textarea') {
      return;
    }
    var help = document.getElementById('help');
    switch (event.key) {
      case 'j': select(current + 1); break;
      case 'k': select(current - 1); break;
      case 'c': press('commented'); break;
      case 'r': press('read'); break;
      case 's': press('skipped'); break;
      case 'z': press('snoozed'); break;
      case 'o':
      case 'Enter': {
        var link = selected() && selected().querySelector('a.post-link');
        if (link && tag !== 'a' && tag !== 'button') { link.click(); }
        else { return; }
        break;
      }
      case '?':
        if (help && !help.open) { help.showModal(); }
        break;
      default: return;
    }
    event.preventDefault();
  });
})();
