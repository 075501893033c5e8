using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace Sosva.Objectivity.Web.Pages;

/// <summary>
/// Every error and status page (404, 403, 500, 503) in Russian; never a stack trace.
/// A database outage is reported as 503 so a load balancer and the user both know to retry (usually by
/// <see cref="DatabaseOutageMiddleware"/>, whose page needs no database; this is the fallback).
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";
    public string? RequestId { get; private set; }

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = code ?? (exception is null ? Response.StatusCode : StatusCodes.Status500InternalServerError);
        if (exception is not null && DatabaseOutage.IsOutage(exception)) status = StatusCodes.Status503ServiceUnavailable;
        if (exception is not null) Response.StatusCode = status;
        RequestId = status >= 500 ? Activity.Current?.Id ?? HttpContext.TraceIdentifier : null;

        (Heading, Message) = status switch
        {
            StatusCodes.Status400BadRequest when HttpContext.Features.Get<BadRequestReason>() is { } reason => ("Неверный запрос", reason.Message),
            StatusCodes.Status400BadRequest => ("Неверный запрос", "Запрос не удалось обработать. Обновите страницу и повторите действие."),
            StatusCodes.Status403Forbidden => ("Доступ запрещён", "У вас нет прав на эту страницу или эти данные."),
            StatusCodes.Status404NotFound => ("Страница не найдена", "Такой страницы нет: возможно, запись удалена или адрес набран с ошибкой."),
            StatusCodes.Status405MethodNotAllowed => ("Действие недоступно", "Это действие так выполнить нельзя."),
            StatusCodes.Status413PayloadTooLarge => ("Файл слишком большой", "Размер загружаемых данных превышает допустимый."),
            StatusCodes.Status429TooManyRequests => ("Слишком много попыток",
                "С этого адреса слишком много попыток входа подряд. Подождите минуту и попробуйте снова."),
            StatusCodes.Status503ServiceUnavailable => ("Сервис временно недоступен",
                "База данных временно недоступна. Ваши сохранённые данные не потеряны; повторите попытку через несколько минут."),
            _ when status >= 500 => ("Внутренняя ошибка", "Произошла ошибка. Мы записали её в журнал; повторите попытку позже."),
            _ => ("Ошибка", "Запрос не удалось выполнить."),
        };
    }
}
