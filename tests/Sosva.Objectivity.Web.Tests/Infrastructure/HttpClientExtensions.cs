using System.Net;
using AngleSharp;
using AngleSharp.Dom;

namespace Sosva.Objectivity.Web.Tests.Infrastructure;

/// <summary>The one helper for antiforgery tokens, form posts, HTML and signing in.</summary>
public static class HttpClientExtensions
{
    private static readonly IBrowsingContext Browser = BrowsingContext.New(Configuration.Default);

    /// <summary>The form field ASP.NET Core's antiforgery reads the token from.</summary>
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>The antiforgery token of the page's first form, or of the first form inside <paramref name="scope"/> (a CSS selector); null when there is none.</summary>
    public static string? FindAntiforgeryToken(this IDocument page, string? scope = null) =>
        page.QuerySelector((scope is null ? "" : scope + " ") + $"input[name={TokenField}]")?.GetAttribute("value");

    /// <summary>Like <see cref="FindAntiforgeryToken"/>, for a page that must have one.</summary>
    public static string AntiforgeryToken(this IDocument page, string? scope = null) =>
        page.FindAntiforgeryToken(scope) ?? throw new InvalidOperationException("No antiforgery token on the page" + (scope is null ? "" : " in " + scope));

    /// <summary>Opens <paramref name="url"/> and takes its antiforgery token (the layout's sign-out form has one on every page of a signed-in user).</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string url) =>
        (await client.GetDocumentAsync(url)).FindAntiforgeryToken() ?? throw new InvalidOperationException($"No antiforgery token on {url}");

    /// <summary>The fields with the token, as a browser posts a form.</summary>
    public static IEnumerable<KeyValuePair<string, string>> WithToken(this IEnumerable<KeyValuePair<string, string>> fields, string token) =>
        fields.Append(new(TokenField, token));

    /// <summary>Posts <paramref name="fields"/> url-encoded with a token taken before (from a page kept open, or another page of the same user).</summary>
    public static Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string url, string token,
        IEnumerable<KeyValuePair<string, string>>? fields = null) =>
        client.PostAsync(url, new FormUrlEncodedContent((fields ?? []).WithToken(token)));

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(expected, "GET {0}", url);
        return await ParseAsync(response);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await Browser.OpenAsync(r => r.Content(html));
    }

    /// <summary>
    /// Opens <paramref name="formPageUrl"/>, takes its antiforgery token and posts <paramref name="fields"/>
    /// to <paramref name="postUrl"/> (the same page by default).
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formPageUrl,
        IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        var token = await client.AntiforgeryTokenAsync(formPageUrl);
        return await client.PostWithTokenAsync(postUrl ?? formPageUrl, token, fields);
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string userName, string password) =>
        client.PostFormAsync("/Account/Login", [new("Input.UserName", userName), new("Input.Password", password)]);

    /// <summary>Texts of the elements matching <paramref name="selector"/>, trimmed.</summary>
    public static IReadOnlyList<string> Texts(this IDocument document, string selector) =>
        document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();

    /// <summary>The validation message shown next to the field named <paramref name="field"/>.</summary>
    public static string FieldError(this IDocument document, string field) =>
        document.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? "";

    /// <summary>
    /// Like <see cref="PostFormAsync"/>, as a browser posts a form with enctype="multipart/form-data":
    /// the fields, then the chosen files.
    /// </summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string formPageUrl,
        IEnumerable<KeyValuePair<string, string>> fields, IEnumerable<UploadFile> files, string? postUrl = null)
    {
        var token = await client.AntiforgeryTokenAsync(formPageUrl);
        return await client.PostAsync(postUrl ?? formPageUrl, Multipart(fields.WithToken(token), files));
    }

    public static MultipartFormDataContent Multipart(IEnumerable<KeyValuePair<string, string>> fields, IEnumerable<UploadFile> files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.ContentType);
            content.Add(part, file.Field, file.FileName);
        }
        return content;
    }
}

/// <summary>A file chosen in a form's file input named <see cref="Field"/>; the type is what the browser guessed from the name.</summary>
public sealed record UploadFile(string Field, string FileName, byte[] Content, string ContentType = "application/octet-stream");

/// <summary>A form as it was when the page was opened: post it later, as a person who kept the tab open.</summary>
public sealed class OpenedForm(HttpClient client, string url, AngleSharp.Dom.IDocument page)
{
    public AngleSharp.Dom.IDocument Page { get; } = page;

    public string Value(string name) => Page.QuerySelector($"[name='{name}']")?.GetAttribute("value") ?? "";

    public Task<HttpResponseMessage> PostAsync(IEnumerable<KeyValuePair<string, string>> fields, string? handler = null)
    {
        var target = handler is null ? url : $"{url}?handler={handler}";
        return client.PostWithTokenAsync(target, Value(HttpClientExtensions.TokenField), fields);
    }

    /// <summary>Posts the form as multipart/form-data (with files), as a page with a file input does.</summary>
    public Task<HttpResponseMessage> PostMultipartAsync(IEnumerable<KeyValuePair<string, string>> fields, IEnumerable<UploadFile> files,
        string? handler = null)
    {
        var target = handler is null ? url : $"{url}?handler={handler}";
        return client.PostAsync(target, HttpClientExtensions.Multipart(fields.WithToken(Value(HttpClientExtensions.TokenField)), files));
    }

    public static async Task<OpenedForm> OpenAsync(HttpClient client, string url) => new(client, url, await client.GetDocumentAsync(url));
}
