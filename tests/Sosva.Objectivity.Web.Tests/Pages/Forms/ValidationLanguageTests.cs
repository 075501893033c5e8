using System.Net;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Pages.Forms;

/// <summary>
/// Every word of the interface is Russian, the validation messages too: those written on the models and those
/// ASP.NET Core adds itself for a non-nullable field (it said «The Новый пароль ещё раз field is required.»).
/// </summary>
public class ValidationLanguageTests(PortalFactory portal) : PortalTest(portal)
{
    [Fact]
    public async Task An_empty_required_field_is_explained_in_Russian_on_the_page_and_in_the_browsers_checks()
    {
        var client = await SignedInAsync(Roles.Methodologist, userName: "metod");

        var response = await client.PostFormAsync("/Account/ChangePassword",
            [new("Input.OldPassword", PortalFactory.Password), new("Input.NewPassword", "NewPass123"), new("Input.ConfirmPassword", "")]);

        response.StatusCode.Should().Be(HttpStatusCode.OK, "the form is shown again with the reason");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().NotContain("field is required");
        html.Should().Contain("Заполните поле «Новый пароль ещё раз».");
    }

    [Theory]
    [InlineData(Roles.Methodologist, "/Account/ChangePassword")]
    [InlineData(Roles.Specialist, "/Roadmaps/Create")]
    [InlineData(Roles.Specialist, "/Roadmaps/Import")]
    [InlineData(Roles.Specialist, "/Schools/Create")]
    [InlineData(Roles.Methodologist, "/Monitoring/Campaigns/Create")]
    [InlineData(Roles.Administrator, "/Admin/Users/Create")]
    public async Task Forms_carry_no_English_validation_messages(string role, string url)
    {
        var client = await SignedInAsync(role);

        var html = await (await client.GetAsync(url)).Content.ReadAsStringAsync();

        html.Should().Contain("<form");
        html.Should().NotMatchRegex(@"data-val-[a-z]+=""The |field is required|must be a (number|string)|is not a valid");
    }
}
