/*
 * Autosave for the screening grid (progressive enhancement: without it the Save button posts the
 * whole grid). Each change is sent at once to the JSON API with the round version last seen; saves
 * go one after another so a cell changed twice quickly is never in conflict with itself. Marks
 * others saved meanwhile come back with the answer and are shown in the grid. The status region is
 * aria-live, so screen-reader users hear "Saved" or "Not saved — retry".
 */
(function () {
  'use strict';
  var form = document.getElementById('screening-grid-form');
  if (!form || !window.fetch) {
    return;
  }
  var api = form.getAttribute('data-api');
  var csrf = form.querySelector('input[name="_csrf"]').value;
  var statusText = document.getElementById('save-status-text');
  var retry = document.getElementById('save-retry');
  var version = Number(form.querySelector('input[name="version"]').value);
  var failed = [];
  var queue = Promise.resolve();

  function setVersion(v) {
    version = v;
    document.querySelectorAll('input[name="version"]').forEach(function (input) { input.value = String(v); });
  }

  function say(text, bad) {
    statusText.textContent = text;
    statusText.className = bad ? 'govuk-error-message' : '';
    retry.hidden = !bad;
  }

  function progress() {
    var done = 0;
    document.querySelectorAll('#screening-grid tbody tr').forEach(function (row) {
      var selects = row.querySelectorAll('select');
      if (selects.length === 0) {
        return;
      }
      var all = true;
      selects.forEach(function (s) { if (!s.value) { all = false; } });
      if (all) {
        done++;
      }
    });
    document.getElementById('completed-count').textContent = String(done);
  }

  function showOthers(marks) {
    (marks || []).forEach(function (m) {
      var select = document.getElementById('m-' + m.pupilId + '-' + m.statementId);
      if (select && failed.indexOf(select) < 0) {
        select.value = m.level;
      }
    });
  }

  function problem(body) {
    if (body && body.errors) {
      return body.errors.map(function (e) { return e.message; }).join('; ');
    }
    return body && body.error ? body.error : 'the server did not answer';
  }

  function save(select) {
    var body = JSON.stringify({ marks: [{ pupilId: select.getAttribute('data-pupil'),
      statementId: select.getAttribute('data-statement'), level: select.value }] });
    return fetch(api, {
      method: 'PUT', credentials: 'same-origin', body: body,
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf, 'If-Match': '"' + version + '"' }
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (response.ok) {
          failed = failed.filter(function (s) { return s !== select; });
          setVersion(json.version);
          showOthers(json.changedByOthers);
          progress();
          if (failed.length === 0) {
            say('Saved', false);
          }
          return;
        }
        if (response.status === 409 && json.currentVersion) {
          // saving again after reading the message is a deliberate choice to overwrite
          setVersion(json.currentVersion);
        }
        fail(select, problem(json));
      });
    }).catch(function () {
      fail(select, 'no connection to the server');
    });
  }

  function fail(select, why) {
    if (failed.indexOf(select) < 0) {
      failed.push(select);
    }
    say('Not saved — retry. ' + why, true);
  }

  form.addEventListener('change', function (event) {
    var select = event.target;
    if (select.tagName !== 'SELECT' || !select.value) {
      return;
    }
    say('Saving…', false);
    queue = queue.then(function () { return save(select); });
  });

  retry.addEventListener('click', function () {
    var again = failed.slice();
    say('Saving…', false);
    again.forEach(function (select) { queue = queue.then(function () { return save(select); }); });
  });
}());
