// Placement form: forms of WBL that need no employer hide the employer fields (the server ignores them anyway).
document.querySelectorAll('[data-placement-form]').forEach(function (form) {
    var select = form.querySelector('[data-form-select]');
    if (!select) {
        return;
    }

    function update() {
        var option = select.options[select.selectedIndex];
        var hide = option && option.getAttribute('data-needs-employer') === 'false';
        form.querySelectorAll('[data-employer-field]').forEach(function (field) {
            field.classList.toggle('d-none', hide);
        });
    }

    select.addEventListener('change', update);
    update();
});

// The "picked / all" badge of each group follows the ticked learners (it was only right as the server rendered it).
document.querySelectorAll('[data-placement-form] details').forEach(function (group) {
    var badge = group.querySelector('summary .badge');
    var boxes = group.querySelectorAll('input[type=checkbox][name=LearnerIds]');
    if (!badge) {
        return;
    }

    group.addEventListener('change', function () {
        var picked = Array.prototype.filter.call(boxes, function (box) { return box.checked; }).length;
        badge.textContent = picked + ' / ' + boxes.length;
    });
});

// Learners already in a long-term placement: the note under a learner says when it overlaps the dates chosen above,
// for a long-term form, as the dates or the form change (the server refuses such a learner anyway, naming them).
document.querySelectorAll('[data-placement-form]').forEach(function (form) {
    var start = form.querySelector('[name=StartDate]');
    var end = form.querySelector('[name=EndDate]');
    var kind = form.querySelector('[data-form-select], input[name=FormId][data-long-term]');
    if (!start || !end) {
        return;
    }

    // Dates typed as dd.MM.yyyy (the portal's format) or given as yyyy-MM-dd; anything else is no date yet.
    function day(text) {
        var m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text.trim()) || null;
        if (m) {
            return m[3] + '-' + m[2] + '-' + m[1];
        }
        return /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? text.trim() : null;
    }

    function longTerm() {
        if (!kind) {
            return false;
        }
        var source = kind.tagName === 'SELECT' ? kind.options[kind.selectedIndex] : kind;
        return !!source && source.getAttribute('data-long-term') === 'true';
    }

    function update() {
        var s = day(start.value);
        var e = day(end.value);
        var check = longTerm() && s && e && s <= e;
        form.querySelectorAll('[data-learner]').forEach(function (row) {
            var box = row.querySelector('input[data-busy]');
            var note = row.querySelector('[data-overlap-note]');
            if (!box || !note) {
                return;
            }
            var clash = !!check && box.getAttribute('data-busy').split(' ').some(function (period) {
                var p = period.split('/');
                return p.length === 2 && p[0] <= e && s <= p[1];
            });
            note.hidden = !clash;
        });
    }

    [start, end].forEach(function (input) {
        input.addEventListener('change', update);
        input.addEventListener('input', update);
    });
    if (kind && kind.tagName === 'SELECT') {
        kind.addEventListener('change', update);
    }
    update();
});
