// Measure editor: shows the checkpoints parsed from the deadline text as it is typed, and fills
// the checkpoint list from them until the person edits that list by hand.
(function () {
    const form = document.getElementById('measure-form');
    if (!form) return;
    const text = form.querySelector('[data-deadline-text]');
    const list = form.querySelector('[data-checkpoints]');
    const edited = form.querySelector('[data-checkpoints-edited]');
    const mode = form.querySelector('[data-checkpoints-mode]');
    const preview = form.querySelector('[data-deadline-preview]');
    const reset = form.querySelector('[data-checkpoints-reset]');
    let timer = null;
    let last = null;

    function setMode(manual) {
        edited.value = manual ? 'true' : 'false';
        mode.textContent = manual
            ? 'Заданы вручную: текст срока их больше не меняет.'
            : 'Заполняются по тексту срока; исправьте при необходимости — тогда они будут заданы вручную.';
    }

    async function parse() {
        const url = form.dataset.parseUrl + '&text=' + encodeURIComponent(text.value);
        try {
            const response = await fetch(url, { headers: { 'Accept': 'application/json' } });
            if (!response.ok) return;
            last = await response.json();
            preview.querySelector('[data-kind]').textContent = last.kindText;
            preview.querySelector('[data-dates]').textContent = last.checkpoints.join(', ');
            preview.querySelector('[data-warnings]').textContent = last.warnings.join(' ');
            if (edited.value !== 'true') list.value = last.checkpoints.join('\n');
        } catch (e) {
            preview.querySelector('[data-warnings]').textContent = 'Не удалось разобрать срок: нет связи с сервером.';
        }
    }

    text.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(parse, 250);
    });
    list.addEventListener('input', function () { setMode(true); });
    reset.addEventListener('click', async function () {
        setMode(false);
        await parse();
    });

    // «Школы отчитываются» follows the scope: off and disabled for the department's own measure, on again when a
    // school scope is chosen after it (the person may still untick it).
    const required = form.querySelector('[data-report-required]');
    const requiredHidden = form.querySelector('[data-report-required-hidden]');
    const requiredHint = form.querySelector('[data-report-required-hint]');
    form.querySelectorAll('input[name="Input.ExecutionScope"]').forEach(function (radio) {
        radio.addEventListener('change', function () {
            if (!radio.checked) return;
            const departmentOnly = radio.value === 'DepartmentOnly';
            if (departmentOnly) {
                required.checked = false;
            } else if (required.disabled) {
                required.checked = true;
            }
            required.disabled = departmentOnly;
            requiredHidden.value = departmentOnly ? 'true' : 'false';
            requiredHint.hidden = !departmentOnly;
        });
    });
})();
