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
