// Progressive enhancement only: every form works without this script.
document.documentElement.classList.add('js');

// The language switch submits as soon as another language is chosen.
document.querySelectorAll('form[data-autosubmit] select').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
});

// Buttons that delete ask first.
document.querySelectorAll('[data-confirm]').forEach(function (element) {
    element.addEventListener('click', function (event) {
        if (!window.confirm(element.getAttribute('data-confirm'))) {
            event.preventDefault();
        }
    });
});

// Sections folded to keep phone pages short (<details data-open-wide>) start open on a wide screen.
if (window.matchMedia('(min-width: 992px)').matches) {
    document.querySelectorAll('details[data-open-wide]').forEach(function (details) { details.open = true; });
}
