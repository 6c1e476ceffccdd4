/*
 * The online application form (portal/draft.html): conditional fields shown and hidden as the answers change,
 * rows of repeatable groups added and removed, each required paper uploaded on its own (drag and drop or the file
 * input) with a progress bar and the server's refusal shown next to the paper, and what was typed kept in this tab
 * until the server has it (an expired session loses nothing). Without this script the form still works: every
 * field shows, a group grows by one row per save, the files go with "Lưu nháp".
 */
(function () {
    'use strict';
    var form = document.getElementById('draft-form');
    if (!form) {
        return;
    }
    var storeKey = 'egov-draft-' + form.dataset.draft;

    function valueOf(name) {
        var elements = form.querySelectorAll('[name="' + name.replace(/"/g, '\\"') + '"]');
        var value = '';
        elements.forEach(function (element) {
            if (element.type === 'checkbox') {
                value = element.checked ? 'true' : 'false';
            } else if (element.type !== 'hidden' || value === '') {
                value = element.value;
            }
        });
        return value;
    }

    function refresh() {
        form.querySelectorAll('.egov-field[data-visible-field]').forEach(function (box) {
            var show = valueOf(box.dataset.visibleField) === box.dataset.visibleEquals;
            box.hidden = !show;
            box.querySelectorAll('input, select, textarea').forEach(function (element) {
                element.disabled = !show;
            });
        });
    }

    /* Repeatable groups: "Thêm dòng" takes the template row with the next free number. */
    form.querySelectorAll('[data-group]').forEach(function (group) {
        var rows = group.querySelector('.egov-rows');
        var template = group.querySelector('template.egov-row-template');
        var add = group.querySelector('.egov-add-row');
        var max = parseInt(group.dataset.max, 10);
        var next = parseInt(group.dataset.next, 10);
        function update() {
            add.disabled = rows.querySelectorAll('.egov-row').length >= max;
        }
        add.classList.remove('d-none');
        rows.querySelectorAll('.egov-remove-row').forEach(function (button) {
            button.classList.remove('d-none');
        });
        add.addEventListener('click', function () {
            rows.insertAdjacentHTML('beforeend', template.innerHTML.split('__row__').join(String(next)));
            next += 1;
            var added = rows.lastElementChild;
            var first = added.querySelector('input, select, textarea');
            if (first) {
                first.focus();
            }
            refresh();
            update();
        });
        rows.addEventListener('click', function (event) {
            if (event.target.classList.contains('egov-remove-row')) {
                event.target.closest('.egov-row').remove();
                add.focus();
                update();
                remember();
            }
        });
        update();
    });

    /* What was typed, kept in this tab until the server has it. */
    function remember() {
        var values = {};
        /* the fields, and the fee rate chosen (fee.<kind>: a radio list, kept by the value checked) */
        form.querySelectorAll('[name^="f."], [name^="fee."]').forEach(function (element) {
            if (element.type === 'checkbox') {
                values[element.name] = element.checked ? 'true' : 'false';
            } else if (element.type === 'radio') {
                if (element.checked) {
                    values[element.name] = element.value;
                }
            } else if (element.type !== 'hidden') {
                values[element.name] = element.value;
            }
        });
        try {
            sessionStorage.setItem(storeKey, JSON.stringify({saved: form.dataset.saved, values: values}));
        } catch (full) {
            /* private mode: the server's draft is all there is */
        }
    }

    function restore() {
        var kept = null;
        try {
            kept = JSON.parse(sessionStorage.getItem(storeKey) || 'null');
        } catch (unreadable) {
            kept = null;
        }
        if (!kept || kept.saved !== form.dataset.saved) {
            try {
                sessionStorage.removeItem(storeKey);
            } catch (ignored) { /* nothing kept */ }
            return;
        }
        Object.keys(kept.values).forEach(function (name) {
            form.querySelectorAll('[name="' + name.replace(/"/g, '\\"') + '"]').forEach(function (element) {
                if (element.type === 'checkbox') {
                    element.checked = kept.values[name] === 'true';
                } else if (element.type === 'radio') {
                    element.checked = element.value === kept.values[name];
                } else if (element.type !== 'hidden' && element.type !== 'file') {
                    element.value = kept.values[name];
                }
            });
        });
    }

    function expired() {
        document.getElementById('session-expired').classList.remove('d-none');
        remember();
    }

    /* Uploads, one paper at a time, with the form's data (an upload is also a save). */
    function send(paper, file) {
        var input = paper.querySelector('input[type=file]');
        var problem = paper.querySelector('.egov-problem');
        var status = paper.querySelector('.egov-status');
        var bar = paper.querySelector('.egov-progress');
        problem.textContent = '';
        input.classList.remove('is-invalid');
        var accept = (paper.dataset.accept || '').split(',');
        if (file.size > parseInt(paper.dataset.maxBytes, 10)) {
            problem.textContent = form.dataset.badSize;
            input.classList.add('is-invalid');
            input.value = '';
            return;
        }
        if (file.type && accept.indexOf(file.type) < 0) {
            problem.textContent = form.dataset.badType;
            input.classList.add('is-invalid');
            input.value = '';
            return;
        }
        var data = new FormData(form);
        Array.from(data.keys()).forEach(function (key) {
            if (key.indexOf('file-') === 0 || key === 'action') {
                data.delete(key);
            }
        });
        data.append('file', file, file.name);
        var request = new XMLHttpRequest();
        request.open('POST', paper.dataset.upload);
        request.setRequestHeader('Accept', 'application/json');
        request.upload.addEventListener('progress', function (event) {
            if (event.lengthComputable) {
                bar.value = Math.round(event.loaded * 100 / event.total);
            }
        });
        request.addEventListener('load', function () {
            bar.classList.add('d-none');
            status.textContent = '';
            if ((request.responseURL && request.responseURL.indexOf('/sign-in') >= 0)
                || request.status === 401 || request.status === 403) {
                expired();
                return;
            }
            var body = {};
            try {
                body = JSON.parse(request.responseText);
            } catch (notJson) {
                body = {};
            }
            if (request.status === 200) {
                status.textContent = form.dataset.uploaded + ' ' + (body.fileName || '');
                paper.classList.add('egov-uploaded');
                input.value = '';
                try {
                    sessionStorage.removeItem(storeKey);
                } catch (ignored) { /* nothing kept */ }
                return;
            }
            problem.textContent = request.status === 413
                ? form.dataset.tooLarge
                : (body.message || form.dataset.uploadFailed);
            input.classList.add('is-invalid');
            input.value = '';
        });
        request.addEventListener('error', function () {
            bar.classList.add('d-none');
            status.textContent = '';
            problem.textContent = form.dataset.uploadFailed;
            remember();
        });
        bar.value = 0;
        bar.classList.remove('d-none');
        status.textContent = form.dataset.uploading;
        request.send(data);
    }

    form.querySelectorAll('.egov-paper').forEach(function (paper) {
        var drop = paper.querySelector('.egov-drop');
        var input = paper.querySelector('input[type=file]');
        paper.querySelector('.egov-drop-hint').classList.remove('d-none');
        drop.addEventListener('dragover', function (event) {
            event.preventDefault();
            drop.classList.add('border-primary');
        });
        drop.addEventListener('dragleave', function () {
            drop.classList.remove('border-primary');
        });
        drop.addEventListener('drop', function (event) {
            event.preventDefault();
            drop.classList.remove('border-primary');
            if (event.dataTransfer.files.length) {
                send(paper, event.dataTransfer.files[0]);
            }
        });
        input.addEventListener('change', function () {
            if (input.files.length) {
                send(paper, input.files[0]);
            }
        });
    });

    if (!document.getElementById('draft-problems')) {
        restore();
    }
    refresh();
    form.addEventListener('change', function () {
        refresh();
        remember();
    });
    form.addEventListener('input', remember);
}());
