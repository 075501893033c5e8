using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Sosva.Objectivity.Web.Hosting;

/// <summary>
/// Russian defaults for validation rules that carry no message of their own: the «required» that ASP.NET Core infers
/// for a non-nullable property (it said «The Новый пароль ещё раз field is required.», on the page and in the
/// browser's checks) and any attribute written without <c>ErrorMessage</c>. Messages written on a model stay as they are.
/// </summary>
public sealed class RussianValidationMessages : IValidationMetadataProvider
{
    public const string Required = "Заполните поле «{0}».";

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Key.MetadataKind != ModelMetadataKind.Property) return;
        var rules = context.ValidationMetadata.ValidatorMetadata;
        // A non-nullable value type is required without an attribute; give it one with the Russian message, so
        // the validators do not add their own English one.
        var type = context.Key.ModelType;
        if (type.IsValueType && Nullable.GetUnderlyingType(type) is null && !rules.OfType<RequiredAttribute>().Any())
            rules.Add(new RequiredAttribute { ErrorMessage = Required });
        foreach (var rule in rules.OfType<ValidationAttribute>())
        {
            if (rule.ErrorMessage is not null || rule.ErrorMessageResourceName is not null) continue;
            rule.ErrorMessage = rule switch
            {
                RequiredAttribute => Required,
                StringLengthAttribute { MinimumLength: > 0 } => "Поле «{0}» — от {2} до {1} символов.",
                StringLengthAttribute or MaxLengthAttribute => "Поле «{0}» — не длиннее {1} символов.",
                MinLengthAttribute => "Поле «{0}» — не короче {1} символов.",
                RangeAttribute => "Поле «{0}» — от {1} до {2}.",
                CompareAttribute => "Поля «{0}» и «{1}» не совпадают.",
                EmailAddressAttribute => "Поле «{0}» — не адрес электронной почты.",
                UrlAttribute => "Поле «{0}» — не адрес в интернете.",
                _ => "Поле «{0}» заполнено неверно.",
            };
        }
    }
}
