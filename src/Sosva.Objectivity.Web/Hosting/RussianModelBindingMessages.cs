using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Sosva.Objectivity.Web.Hosting;

/// <summary>Model binding's own messages («The value is not valid») in Russian.</summary>
public static class RussianModelBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider p)
    {
        p.SetAttemptedValueIsInvalidAccessor((value, field) => $"Значение «{value}» недопустимо для поля «{field}».");
        p.SetMissingBindRequiredValueAccessor(field => $"Не указано значение поля «{field}».");
        p.SetMissingKeyOrValueAccessor(() => "Значение обязательно.");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "Тело запроса не может быть пустым.");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Значение «{value}» недопустимо.");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Недопустимое значение.");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "Значение должно быть числом.");
        p.SetUnknownValueIsInvalidAccessor(field => $"Недопустимое значение поля «{field}».");
        p.SetValueIsInvalidAccessor(value => $"Значение «{value}» недопустимо.");
        p.SetValueMustBeANumberAccessor(field => $"Поле «{field}» должно быть числом.");
        p.SetValueMustNotBeNullAccessor(field => $"Поле «{field}» обязательно.");
    }
}
