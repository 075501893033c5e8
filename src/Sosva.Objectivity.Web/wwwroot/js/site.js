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
