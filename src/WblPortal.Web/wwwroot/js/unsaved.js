// Forms marked data-unsaved-warning keep what was typed in them: leaving the page — a link, another form's submit, a
// reload, closing the tab — while such a form holds changes it has not saved asks first (the browser's "Leave site?"
// dialog). The form's own submit does not ask; a [data-unsaved-note] inside a form shows while the form is dirty.
(function () {
    'use strict';
    var forms = Array.prototype.slice.call(document.querySelectorAll('form[data-unsaved-warning]'));
    if (forms.length === 0) {
        return;
    }

    function state(form) {
        var parts = [];
        Array.prototype.forEach.call(form.elements, function (element) {
            if (!element.name || element.type === 'hidden' || element.type === 'submit' || element.type === 'button' || element.type === 'file') {
                return;
            }

            if (element.type === 'checkbox' || element.type === 'radio') {
                parts.push(element.name + '=' + element.value + ':' + element.checked);
            } else if (element.tagName === 'SELECT' && element.multiple) {
                parts.push(element.name + '=' + Array.prototype.map.call(element.selectedOptions, function (o) { return o.value; }).join(','));
            } else {
                parts.push(element.name + '=' + element.value);
            }
        });
        return parts.join('&');
    }

    var initial = forms.map(state);

    function isDirty(form) {
        return state(form) !== initial[forms.indexOf(form)];
    }

    function showNote(form) {
        var note = form.querySelector('[data-unsaved-note]');
        if (note) {
            note.hidden = !isDirty(form);
        }
    }

    forms.forEach(function (form) {
        form.addEventListener('input', function () { showNote(form); });
        form.addEventListener('change', function () { showNote(form); });
    });

    // The form being submitted right now: its own changes are being saved, every other marked form's are not.
    var submitting = null;
    document.addEventListener('submit', function (event) {
        submitting = event.defaultPrevented ? null : event.target;
    });

    window.addEventListener('beforeunload', function (event) {
        var dirty = forms.filter(function (form) { return form !== submitting && isDirty(form); });
        submitting = null;
        if (dirty.length === 0) {
            return undefined;
        }

        event.preventDefault();
        // Browsers show their own wording; the message is kept for those that still print it.
        event.returnValue = dirty[0].getAttribute('data-unsaved-warning') || '';
        return event.returnValue;
    });
}());
