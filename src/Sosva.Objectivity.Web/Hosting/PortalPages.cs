using Microsoft.AspNetCore.Localization;

namespace Sosva.Objectivity.Web.Hosting;

public static class PortalPages
{
    /// <summary>
    /// Razor Pages with the folder rules of authorization (a page whose rule differs says so on its PageModel), the
    /// filters every request passes, Russian model-binding messages, text encoding and culture.
    /// </summary>
    public static IServiceCollection AddPortalPages(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
                options.Conventions.AuthorizeFolder("/Notifications", Policies.Principal);
                // Monitoring: staff read, methodologists change (those pages say [Authorize(Policy = Policies.Monitoring)]);
                // the school pages (Inputs, School, Ranking) are checked per resource by MonitoringAccessHandler.
                options.Conventions.AuthorizeFolder("/Monitoring/Campaigns", Policies.Staff);
                options.Conventions.AuthorizeFolder("/Monitoring/Methodologies", Policies.Staff);
                options.Conventions.AuthorizeFolder("/Monitoring/BiasLists", Policies.Staff);
                options.Conventions.AllowAnonymousToFolder("/Public");
            })
            .AddMvcOptions(o =>
            {
                RussianModelBindingMessages.Apply(o.ModelBindingMessageProvider);
                o.ModelMetadataDetailsProviders.Add(new RussianValidationMessages());
                o.Filters.Add(new RequestTooLargeFilter());
                o.Filters.Add(new NoStoreDownloadsFilter());
                o.Filters.Add<ControlCharactersFilter>(ControlCharactersFilter.Order);
            });

        services.AddSingleton<Microsoft.AspNetCore.Mvc.DataAnnotations.IValidationAttributeAdapterProvider, RussianValidationAdapters>();

        // Russian text as it is, not as &#x...; entities (a page of Cyrillic would be four times heavier).
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(
            System.Text.Unicode.UnicodeRanges.BasicLatin, System.Text.Unicode.UnicodeRanges.Latin1Supplement,
            System.Text.Unicode.UnicodeRanges.Cyrillic, System.Text.Unicode.UnicodeRanges.GeneralPunctuation,
            System.Text.Unicode.UnicodeRanges.LetterlikeSymbols, System.Text.Unicode.UnicodeRanges.CurrencySymbols));

        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(PortalSetup.Russian);
            o.SupportedCultures = [PortalSetup.Russian];
            o.SupportedUICultures = [PortalSetup.Russian];
        });
        return services;
    }
}
