// The stpcheck workbench: a plan list, a batch summary and a plan editor that re-checks as the author
// types. Every string that comes from a plan or a report is put into the page as text (textContent or
// text nodes), never as markup.
(function () {
  'use strict';

  var CHECK_DELAY_MS = 400;
  var PROBLEMS = ['fail', 'unmet', 'flag'];
  var LABELS = { fail: 'Fail', unmet: 'Unmet', flag: 'Flag', pass: 'Pass', not_applicable: 'Not applicable', waived: 'Waived' };
  var SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };

  // ---- small DOM helpers -------------------------------------------------------------------------

  function $(id) { return document.getElementById(id); }

  /** An element with attributes and children; strings become text nodes, so they are never parsed. */
  function el(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === 'text') e.textContent = attrs[k];
        else if (k === 'className') e.className = attrs[k];
        else e.setAttribute(k, attrs[k]);
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) continue;
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return e;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function showError(message) {
    $('page-error-text').textContent = message;
    $('page-error').hidden = false;
  }

  function hideError() { $('page-error').hidden = true; }

  function counts(o) {
    var parts = [];
    ['fail', 'unmet', 'flag', 'pass', 'not_applicable'].forEach(function (k) {
      parts.push((o[k] || 0) + ' ' + LABELS[k].toLowerCase());
    });
    if (o.waived) parts.push(o.waived + ' waived');
    return parts.join(', ');
  }

  function planHref(name) { return '#/plan/' + encodeURIComponent(name); }

  function api(method, url, body, headers) {
    var init = { method: method, headers: headers || {}, cache: 'no-store' };
    if (body !== undefined) init.body = body;
    return fetch(url, init).then(function (r) {
      return r.text().then(function (t) {
        var data = null;
        try { data = t ? JSON.parse(t) : null; } catch (e) { data = null; }
        return { status: r.status, headers: r.headers, data: data };
      });
    });
  }

  // ---- the folder: list and batch views ----------------------------------------------------------

  // the server re-checks the folder only when a file changed, so asking again is cheap
  function loadDir() {
    return api('GET', '/api/plans').then(function (r) {
      if (r.status !== 200) throw new Error((r.data && r.data.error) || ('HTTP ' + r.status));
      return r.data;
    });
  }

  function renderList(d) {
    $('list-summary').textContent = d.summary.plans + ' plan files in the folder ' + d.dir + ', ' + d.summary.invalid_plans
        + ' not loading; checked together: ' + counts(d.summary.outcomes) + '.';
    var rows = $('plan-rows');
    clear(rows);
    d.plans.forEach(function (p) {
      var o = p.outcomes;
      var tr = el('tr', { className: 'govuk-table__row', 'data-name': p.name,
                          'data-footprint': p.footprint ? p.footprint.name : '' },
        el('th', { scope: 'row', className: 'govuk-table__header' },
          el('a', { className: 'govuk-link', href: planHref(p.name) }, p.name)),
        el('td', { className: 'govuk-table__cell' }, p.status === 'checked' ? p.footprint.name : 'does not load (' + p.errors + ' errors)'),
        num(o.fail), num(o.unmet), num(o.flag), num(o.pass), num(o.not_applicable));
      rows.appendChild(tr);
    });
    applyFilter();
  }

  function num(n) { return el('td', { className: 'govuk-table__cell govuk-table__cell--numeric' }, String(n)); }

  function applyFilter() {
    var q = $('plan-filter').value.trim().toLowerCase();
    var shown = 0, all = 0;
    Array.prototype.forEach.call($('plan-rows').children, function (tr) {
      all++;
      var hit = !q || tr.getAttribute('data-name').toLowerCase().indexOf(q) >= 0
          || tr.getAttribute('data-footprint').toLowerCase().indexOf(q) >= 0;
      tr.hidden = !hit;
      if (hit) shown++;
    });
    $('list-count').textContent = q ? 'Showing ' + shown + ' of ' + all + ' plans' : 'Showing all ' + all + ' plans';
  }

  function renderBatch(d) {
    $('batch-summary').textContent = d.summary.plans + ' plans in the folder ' + d.dir + ' checked together (' + d.summary.invalid_plans
        + ' not loading): ' + counts(d.summary.outcomes) + '.';
    var head = $('matrix-head');
    clear(head);
    head.appendChild(el('th', { scope: 'col', className: 'govuk-table__header' }, 'Plan'));
    d.families.forEach(function (f) { head.appendChild(el('th', { scope: 'col', className: 'govuk-table__header' }, f)); });
    var rows = $('matrix-rows');
    clear(rows);
    d.plans.forEach(function (p) {
      var tr = el('tr', { className: 'govuk-table__row' },
        el('th', { scope: 'row', className: 'govuk-table__header' },
          el('a', { className: 'govuk-link', href: planHref(p.name) }, p.footprint ? p.footprint.name : p.name)));
      d.families.forEach(function (f) {
        var c = p.families[f];
        var css = c === 'ok' ? 'stp-cell--ok' : (c === 'n/a' || c === '-') ? 'stp-cell--na' : 'stp-cell--problem';
        tr.appendChild(el('td', { className: 'govuk-table__cell ' + css }, c));
      });
      rows.appendChild(tr);
    });
    var often = $('often-rows');
    clear(often);
    d.most_often.forEach(function (q) {
      often.appendChild(el('tr', { className: 'govuk-table__row' },
        el('th', { scope: 'row', className: 'govuk-table__header' }, q.requirement),
        el('td', { className: 'govuk-table__cell' }, q.title),
        num(q.plans), num(q.fail), num(q.unmet)));
    });
  }

  // ---- the plan view -----------------------------------------------------------------------------

  var cm = null;              // the CodeMirror editor
  var current = null;         // { name, etag, savedText }
  var drafts = {};            // unsaved text per plan, kept while the author looks at other views
  var checkTimer = null;
  var checkSeq = 0;
  var lineMarks = [];         // line classes and widgets of the last report, removed on the next
  var marked = null;          // the line a clicked finding marked

  function editor() {
    if (cm) return cm;
    cm = CodeMirror($('editor'), {
      value: '',
      mode: 'yaml',
      lineNumbers: true,
      gutters: ['stp-gutter', 'CodeMirror-linenumbers'],
      indentUnit: 2,
      tabSize: 2,
      indentWithTabs: false,
      inputStyle: 'contenteditable',   // CodeMirror's mode for screen readers
      screenReaderLabel: 'Plan YAML',
      extraKeys: { Tab: false, 'Shift-Tab': false }  // no keyboard trap: Tab moves focus on
    });
    cm.on('changes', function () {
      if (!current) return;
      var dirty = cm.getValue() !== current.savedText;
      if (dirty) drafts[current.name] = { text: cm.getValue(), etag: current.etag };
      else delete drafts[current.name];
      $('save-status').textContent = dirty ? 'Unsaved changes' : '';
      clearTimeout(checkTimer);
      checkTimer = setTimeout(recheck, CHECK_DELAY_MS);
    });
    return cm;
  }

  function openPlan(name) {
    var ed = editor();
    current = null;
    ed.setValue('');
    $('plan-title').textContent = name;
    $('plan-meta').textContent = 'Loading…';
    clear($('groups'));
    clear($('load-errors'));
    $('check-status').textContent = '';
    $('save-status').textContent = '';
    return api('GET', '/api/plans/' + encodeURIComponent(name)).then(function (r) {
      if (r.status !== 200) {
        $('plan-meta').textContent = '';
        showError((r.data && r.data.error) || ('Cannot open ' + name + ' (HTTP ' + r.status + ')'));
        return;
      }
      var d = r.data;
      if (d.text === null) {
        $('plan-meta').textContent = '';
        showError(name + ' cannot be edited here: it is not UTF-8 text, or it is larger than the checker reads.');
        showReport(d.report);
        return;
      }
      current = { name: d.name, etag: d.etag, savedText: d.text };
      var draft = drafts[d.name];
      ed.setValue(draft && draft.etag === d.etag ? draft.text : d.text);
      ed.clearHistory();
      if (draft && draft.etag === d.etag) $('save-status').textContent = 'Unsaved changes (kept from earlier)';
      ed.refresh();
      clearTimeout(checkTimer);
      if (ed.getValue() !== d.text) recheck();
      else showReport(d.report);
    });
  }

  function recheck() {
    if (!current) return;
    var seq = ++checkSeq;
    $('check-status').textContent = 'Checking…';
    api('POST', '/api/check?file=' + encodeURIComponent(current.name), cm.getValue(),
        { 'Content-Type': 'application/yaml' }).then(function (r) {
      if (seq !== checkSeq) return;   // an older answer: the text has moved on
      if (r.status !== 200) {
        $('check-status').textContent = 'Not checked: ' + ((r.data && r.data.error) || ('HTTP ' + r.status));
        return;
      }
      showReport(r.data);
    }).catch(function (e) {
      if (seq === checkSeq) $('check-status').textContent = 'Not checked: the server did not answer (' + e.message + ')';
    });
  }

  function clearLineMarks() {
    lineMarks.forEach(function (m) {
      if (m.widget) m.widget.clear();
      else cm.removeLineClass(m.line, 'background', m.css);
    });
    lineMarks = [];
    cm.clearGutter('stp-gutter');
  }

  function lineIndex(line) { return Math.max(0, Math.min(cm.lineCount() - 1, (line || 1) - 1)); }

  /** Shows one plan's report (the JSON report of the report contract, one plan in it). */
  function showReport(report) {
    var ed = editor();
    var plan = report.plans[0];
    clearLineMarks();
    var errors = $('load-errors');
    var groups = $('groups');
    clear(errors);
    clear(groups);
    if (plan.status !== 'checked') {
      $('plan-meta').textContent = 'The plan does not load, so it was not checked.';
      $('check-status').textContent = 'Does not load: ' + plan.errors.length + (plan.errors.length === 1 ? ' error' : ' errors');
      var list = el('ol', { className: 'govuk-list stp-findings', id: 'load-error-list' });
      plan.errors.forEach(function (e) {
        var li = lineIndex(e.line);
        list.appendChild(el('li', null, findingButton(e.line, e.column, e.message, 'error')));
        var widget = ed.addLineWidget(li, el('div', { className: 'stp-line-error', role: 'note' }, e.message), { noHScroll: true });
        lineMarks.push({ widget: widget });
        ed.addLineClass(li, 'background', 'stp-error-line');
        lineMarks.push({ line: li, css: 'stp-error-line' });
        gutter(li, 'error', e.message);
      });
      errors.appendChild(el('h3', { className: 'govuk-heading-s' }, 'The plan does not load'));
      errors.appendChild(list);
      return;
    }
    $('plan-meta').textContent = plan.footprint.name + (plan.footprint.code ? ' (' + plan.footprint.code + ')' : '')
        + ', as of ' + plan.as_of + ' · ' + plan.file;
    $('check-status').textContent = 'Checked: ' + counts(plan.outcomes);
    PROBLEMS.forEach(function (outcome) {
      var rs = plan.results.filter(function (r) { return r.outcome === outcome; });
      if (!rs.length) return;
      // most serious first, as the text report orders them: severity, then catalogue order
      rs = rs.map(function (r, i) { return { r: r, i: i }; }).sort(function (a, b) {
        return (SEVERITY_ORDER[a.r.severity] - SEVERITY_ORDER[b.r.severity]) || (a.i - b.i);
      }).map(function (x) { return x.r; });
      var section = el('section', { className: 'stp-group', 'data-outcome': outcome },
        el('h3', { className: 'govuk-heading-m' }, LABELS[outcome] + ' (' + rs.length + ')'));
      rs.forEach(function (r) { section.appendChild(resultBlock(r)); });
      groups.appendChild(section);
    });
    ['pass', 'not_applicable'].forEach(function (outcome) {
      var rs = plan.results.filter(function (r) { return r.outcome === outcome; });
      if (!rs.length) return;
      var section = el('section', { className: 'stp-group', 'data-outcome': outcome },
        el('h3', { className: 'govuk-heading-s' }, LABELS[outcome] + ' (' + rs.length + ')'),
        el('p', { className: 'govuk-body-s stp-ids' }, rs.map(function (r) { return r.requirement; }).join(', ')));
      var notes = el('ul', { className: 'stp-findings' });
      rs.forEach(function (r) {
        r.findings.forEach(function (f) {
          notes.appendChild(el('li', null, findingButton(f.location.line, f.location.column, r.requirement + ': ' + f.message, 'note')));
        });
      });
      if (notes.firstChild) section.appendChild(notes);
      groups.appendChild(section);
    });
  }

  function resultBlock(r) {
    var meta = [r.severity];
    if (r.legal_review) meta.push('legal review');
    meta.push('confidence ' + r.confidence + (r.note ? ': ' + r.note : ''));
    var block = el('article', { className: 'stp-result stp-result--' + r.outcome, 'data-requirement': r.requirement },
      el('h4', { className: 'govuk-heading-s' }, r.requirement + ' ' + r.title),
      el('p', { className: 'govuk-body-s stp-result__meta' }, meta.join(' · ')));
    var list = el('ul', { className: 'stp-findings' });
    r.findings.forEach(function (f) {
      var tag = f.outcome === r.outcome && f.severity === r.severity ? '' : '(' + f.outcome.replace('_', ' ') + ', ' + f.severity + ') ';
      var li = el('li', null, findingButton(f.location.line, f.location.column, tag + f.message, f.outcome));
      var facts = Object.keys(f.facts || {});
      if (facts.length) {
        li.appendChild(el('p', { className: 'stp-facts' }, 'Facts: ' + facts.map(function (k) { return k + '=' + show(f.facts[k]); }).join(', ')));
      }
      if (f.suggestion && f.suggestion.yaml) {
        li.appendChild(el('div', { className: 'stp-suggestion' },
          el('p', { className: 'govuk-body-s govuk-!-margin-bottom-0' }, 'YAML to add at ', el('code', null, String(f.suggestion.path || '(top level)')), ':'),
          el('pre', null, el('code', null, String(f.suggestion.yaml)))));
      }
      if (PROBLEMS.indexOf(f.outcome) >= 0) gutter(lineIndex(f.location.line), f.outcome, f.message);
      list.appendChild(li);
    });
    block.appendChild(list);
    block.appendChild(el('p', { className: 'govuk-body-s' }, el('strong', null, 'Citation: '), r.citation));
    block.appendChild(el('p', { className: 'govuk-body-s' }, el('strong', null, 'What to do: '), r.remedy));
    return block;
  }

  function show(v) {
    if (Array.isArray(v)) return '[' + v.map(show).join(', ') + ']';
    return String(v);
  }

  function findingButton(line, column, message, outcome) {
    var b = el('button', { type: 'button', className: 'stp-finding', 'data-line': String(line), 'data-outcome': outcome },
      el('span', { className: 'stp-finding__where' }, 'Line ' + line + ':'), ' ' + message);
    b.addEventListener('click', function () { goToLine(line, column); });
    return b;
  }

  function gutter(li, outcome, title) {
    var existing = cm.lineInfo(li);
    if (existing && existing.gutterMarkers && existing.gutterMarkers['stp-gutter']) return;
    cm.setGutterMarker(li, 'stp-gutter', el('span', { className: 'stp-gutter-mark stp-gutter-mark--' + outcome, title: title }));
  }

  /** Scrolls the editor to a finding's line, marks the line and puts the cursor there. */
  function goToLine(line, column) {
    var li = lineIndex(line);
    if (marked !== null && marked < cm.lineCount()) cm.removeLineClass(marked, 'background', 'stp-marked-line');
    cm.addLineClass(li, 'background', 'stp-marked-line');
    marked = li;
    cm.setCursor({ line: li, ch: Math.max(0, (column || 1) - 1) });
    var top = cm.charCoords({ line: li, ch: 0 }, 'local').top;
    cm.scrollTo(null, Math.max(0, top - cm.getScrollInfo().clientHeight / 3));
    cm.focus();
  }

  function save() {
    if (!current) return;
    var text = cm.getValue();
    $('save-status').textContent = 'Saving…';
    api('PUT', '/api/plans/' + encodeURIComponent(current.name), text,
        { 'Content-Type': 'application/yaml', 'If-Match': current.etag }).then(function (r) {
      if (r.status === 200) {
        current.etag = r.data.etag;
        current.savedText = text;
        delete drafts[current.name];
        $('save-status').textContent = cm.getValue() === text ? 'Saved to ' + current.name : 'Saved; you have typed since';
      } else if (r.status === 409) {
        $('save-status').textContent = 'Not saved: ' + current.name + ' changed on disk since you opened it. '
            + 'Copy your changes, then use "Reload from disk" to see the file as it is now.';
      } else {
        $('save-status').textContent = 'Not saved: ' + ((r.data && r.data.error) || ('HTTP ' + r.status));
      }
    }).catch(function (e) {
      $('save-status').textContent = 'Not saved: the server did not answer (' + e.message + ')';
    });
  }

  function reload() {
    if (!current) return;
    delete drafts[current.name];
    openPlan(current.name);
  }

  // ---- views and routes --------------------------------------------------------------------------

  function showView(id, navId) {
    ['view-list', 'view-batch', 'view-plan'].forEach(function (v) { $(v).hidden = v !== id; });
    ['nav-plans', 'nav-batch'].forEach(function (n) {
      if (n === navId) $(n).setAttribute('aria-current', 'page'); else $(n).removeAttribute('aria-current');
    });
  }

  function route() {
    var hash = location.hash || '#/';
    if (hash.indexOf('#/') !== 0) return;   // the skip link and other in-page anchors
    hideError();
    var fail = function (e) { showError('Cannot read the plans: ' + e.message); };
    if (hash.indexOf('#/plan/') === 0) {
      var name = decodeURIComponent(hash.substring('#/plan/'.length));
      showView('view-plan', null);
      document.title = name + ' · stpcheck workbench';
      openPlan(name).catch(fail);
    } else if (hash === '#/batch') {
      showView('view-batch', 'nav-batch');
      document.title = 'Batch summary · stpcheck workbench';
      loadDir().then(renderBatch).catch(fail);
    } else {
      showView('view-list', 'nav-plans');
      document.title = 'Plans · stpcheck workbench';
      loadDir().then(renderList).catch(fail);
    }
  }

  $('plan-filter').addEventListener('input', applyFilter);
  $('save').addEventListener('click', save);
  $('reload').addEventListener('click', reload);
  window.addEventListener('hashchange', route);
  window.addEventListener('beforeunload', function (e) {
    if (current && cm && cm.getValue() !== current.savedText) { e.preventDefault(); e.returnValue = ''; }
  });
  route();

  // for tests and the curious: the editor and the report view, read-only
  window.stpWorkbench = Object.freeze({
    editor: function () { return cm; },
    showReport: function (report) { showReport(report); }
  });
})();
