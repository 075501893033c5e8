using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Sosva.Objectivity.Web.Hosting;

/// <summary>
/// Russian defaults for validation rules that carry no message of their own: the «required» that ASP.NET Core infers
/// for a non-nullable property (it said «The Новый пароль ещё раз field is required.», on the page and in the
/// browser's checks) and any attribute written without <c>ErrorMessage</c>. Messages written on a model stay as they are.
/// A non-nullable value type gets its «required» only for the browser, from the adapters
/// (<see cref="RussianValidationAdapters"/>): an attribute added here would also fail a form that does not post it.
/// </summary>
public sealed class RussianValidationMessages : IValidationMetadataProvider
{
    public const string Required = "Заполните поле «{0}».";

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Key.MetadataKind != ModelMetadataKind.Property) return;
        foreach (var rule in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>()) SetDefault(rule);
    }

    /// <summary>Gives an attribute without a message of its own the Russian default.</summary>
    public static void SetDefault(ValidationAttribute rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.ErrorMessage is not null || rule.ErrorMessageResourceName is not null) return;
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

/// <summary>
/// The browser-side rules with Russian messages: ASP.NET Core creates a message-less «required» of its own for every
/// non-nullable value type (a drop-down's id, a check box) when it writes <c>data-val-required</c>.
/// </summary>
public sealed class RussianValidationAdapters : Microsoft.AspNetCore.Mvc.DataAnnotations.IValidationAttributeAdapterProvider
{
    private readonly Microsoft.AspNetCore.Mvc.DataAnnotations.ValidationAttributeAdapterProvider _inner = new();

    public Microsoft.AspNetCore.Mvc.DataAnnotations.IAttributeAdapter? GetAttributeAdapter(ValidationAttribute attribute,
        Microsoft.Extensions.Localization.IStringLocalizer? stringLocalizer)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        RussianValidationMessages.SetDefault(attribute);
        return _inner.GetAttributeAdapter(attribute, stringLocalizer);
    }
}
