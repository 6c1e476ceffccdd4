// The procedure editor's rows: add and remove rows of papers, fees, steps, time limits, the applicant's steps, legal
// documents and online-form fields, and show the online form as applicants will see it while its fields are edited.
// Without this script the page still works: the server renders every row plus a blank one, and shows the preview of
// what was saved.
(function () {
    'use strict';

    function setUp(editor) {
        var list = editor.querySelector('[data-row-list]');
        var template = editor.querySelector('template[data-row-template]');
        var add = editor.querySelector('[data-add-row]');
        if (!list || !template || !add) {
            return;
        }
        add.hidden = false;
        editor.querySelectorAll('[data-remove-row]').forEach(function (b) { b.hidden = false; });
        add.addEventListener('click', function () {
            // a fresh number for the new row; numbers need not follow each other (the server drops the gaps)
            var index = Number(editor.getAttribute('data-next') || '0');
            editor.setAttribute('data-next', String(index + 1));
            var row = template.content.querySelector('tr').cloneNode(true);
            row.querySelectorAll('[name]').forEach(function (input) {
                input.name = input.name.replace('[NEW]', '[' + index + ']');
            });
            row.querySelectorAll('[data-remove-row]').forEach(function (b) { b.hidden = false; });
            list.appendChild(row);
            var first = row.querySelector('input:not([type=hidden]), select, textarea');
            if (first) {
                first.focus();
            }
            changed();
        });
        list.addEventListener('click', function (event) {
            var button = event.target.closest('[data-remove-row]');
            if (button) {
                var row = button.closest('tr');
                var next = row.nextElementSibling || row.previousElementSibling;
                row.remove();
                if (next) {
                    var focusable = next.querySelector('input:not([type=hidden]), select, textarea');
                    if (focusable) focusable.focus();
                } else {
                    add.focus();
                }
                changed();
            }
        });
    }

    var preview = document.getElementById('form-preview');

    function part(row, name) {
        return row.querySelector('[data-part="' + name + '"]');
    }

    function optionsOf(extra, english) {
        try {
            var options = JSON.parse(extra || '{}').options || [];
            return options.map(function (o) {
                var label = o.label || {};
                return (english && label.en) || label.vi || String(o.value);
            });
        } catch (unreadable) {
            return [];
        }
    }

    function control(type, options) {
        var element;
        if (type === 'TEXTAREA') {
            element = document.createElement('textarea');
            element.rows = 2;
            element.className = 'form-control';
        } else if (type === 'SELECT') {
            element = document.createElement('select');
            element.className = 'form-select';
            options.forEach(function (text) {
                var option = document.createElement('option');
                option.textContent = text;
                element.appendChild(option);
            });
        } else {
            element = document.createElement('input');
            var types = {NUMBER: 'number', DATE: 'date', EMAIL: 'email', PHONE: 'tel', CHECKBOX: 'checkbox'};
            element.type = types[type] || 'text';
            element.className = type === 'CHECKBOX' ? 'form-check-input ms-2' : 'form-control';
        }
        element.disabled = true;
        return element;
    }

    // the preview from the rows as they stand; the same markup the server renders
    function changed() {
        if (!preview) {
            return;
        }
        var english = preview.getAttribute('data-lang') === 'en';
        var rows = document.querySelectorAll('#formFields-editor [data-row-list] [data-form-field]');
        var extra = document.querySelector('input[name="formExtra"]');
        preview.replaceChildren();
        var shown = 0;
        rows.forEach(function (row) {
            var key = part(row, 'key').value.trim();
            var vi = part(row, 'labelVi').value.trim();
            var en = part(row, 'labelEn').value.trim();
            if (!key && !vi && !en) {
                return;
            }
            shown++;
            var type = part(row, 'type').value;
            var field = document.createElement('div');
            field.className = 'mb-2';
            var label = document.createElement('label');
            label.className = 'form-label mb-0';
            var text = document.createElement('span');
            text.textContent = (english && en) || vi;
            label.appendChild(text);
            if (part(row, 'required').checked) {
                var star = document.createElement('span');
                star.className = 'text-danger';
                star.textContent = ' *';
                label.appendChild(star);
            }
            field.appendChild(label);
            field.appendChild(control(type, optionsOf(part(row, 'extra').value, english)));
            preview.appendChild(field);
        });
        if (shown === 0 && !(extra && extra.value.trim())) {
            var empty = document.createElement('p');
            empty.className = 'text-body-secondary mb-0';
            empty.textContent = preview.getAttribute('data-empty');
            preview.appendChild(empty);
        }
    }

    document.querySelectorAll('[data-rows]').forEach(setUp);
    var fields = document.getElementById('formFields-editor');
    if (fields) {
        fields.addEventListener('input', changed);
        fields.addEventListener('change', changed);
    }
})();
