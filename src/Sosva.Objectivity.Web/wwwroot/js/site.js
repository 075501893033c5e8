// Confirmation before destructive actions: <form data-confirm="Текст вопроса">.
// (An external script because the Content-Security-Policy forbids inline handlers.)
document.addEventListener('submit', function (event) {
    const form = event.target;
    const submitter = event.submitter;
    const question = (submitter && submitter.dataset.confirm) || form.dataset.confirm;
    if (question && !window.confirm(question)) {
        event.preventDefault();
    }
});

// School search field of the filters (Pages/Shared/_SchoolPicker, a large directory): suggestions from the server
// after two letters; choosing one puts its id in the hidden field, any other text clears it.
document.querySelectorAll('input[data-school-search]').forEach(function (input) {
    const target = document.getElementById(input.dataset.schoolTarget);
    const list = document.getElementById(input.getAttribute('list'));
    let timer = null;
    let ids = new Map();
    function choose() {
        target.value = ids.get(input.value) || '';
    }
    input.addEventListener('input', function () {
        choose();
        clearTimeout(timer);
        const text = input.value.trim();
        if (text.length < 2 || ids.has(input.value)) return;
        timer = setTimeout(function () {
            fetch(input.dataset.schoolSearch + '?q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
                .then(function (response) { return response.ok ? response.json() : []; })
                .then(function (schools) {
                    ids = new Map();
                    list.replaceChildren();
                    schools.forEach(function (school) {
                        ids.set(school.name, String(school.id));
                        const option = document.createElement('option');
                        option.value = school.name;
                        list.appendChild(option);
                    });
                    choose();
                });
        }, 200);
    });
    input.addEventListener('change', choose);
});
