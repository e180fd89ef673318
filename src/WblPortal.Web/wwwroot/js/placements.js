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
