using System.Net;
using Sosva.Objectivity.Web.Security;
using Sosva.Objectivity.Web.Tests.Infrastructure;

namespace Sosva.Objectivity.Web.Tests.Pages.Account;

public class ChangePasswordTests(PortalFactory portal) : PortalTest(portal)
{
    [Fact]
    public async Task Changed_password_works_and_the_old_one_does_not()
    {
        var client = await SignedInAsync(Roles.Methodologist, userName: "metod");

        var response = await client.PostFormAsync("/Account/ChangePassword",
            [new("Input.OldPassword", PortalFactory.Password), new("Input.NewPassword", "NewPass123"), new("Input.ConfirmPassword", "NewPass123")]);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, "the session that changed the password stays");
        (await NewClient().SignInAsync("metod", PortalFactory.Password)).StatusCode.Should().Be(HttpStatusCode.OK, "old password refused");
        (await NewClient().SignInAsync("metod", "NewPass123")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Changing_the_password_ends_the_users_other_sessions()
    {
        var first = await SignedInAsync(Roles.Methodologist, userName: "metod");
        var second = NewClient();
        await second.SignInAsync("metod", PortalFactory.Password);

        await first.PostFormAsync("/Account/ChangePassword",
            [new("Input.OldPassword", PortalFactory.Password), new("Input.NewPassword", "NewPass123"), new("Input.ConfirmPassword", "NewPass123")]);

        (await second.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.Redirect, "the other session must sign in again");
    }

    [Fact]
    public async Task Wrong_current_password_and_weak_new_password_are_explained()
    {
        var client = await SignedInAsync(Roles.Methodologist);

        var wrong = await HttpClientExtensions.ParseAsync(await client.PostFormAsync("/Account/ChangePassword",
            [new("Input.OldPassword", "Nope12345"), new("Input.NewPassword", "NewPass123"), new("Input.ConfirmPassword", "NewPass123")]));
        var weak = await HttpClientExtensions.ParseAsync(await client.PostFormAsync("/Account/ChangePassword",
            [new("Input.OldPassword", PortalFactory.Password), new("Input.NewPassword", "abcdefgh"), new("Input.ConfirmPassword", "abcdefgh")]));
        var mismatch = await HttpClientExtensions.ParseAsync(await client.PostFormAsync("/Account/ChangePassword",
            [new("Input.OldPassword", PortalFactory.Password), new("Input.NewPassword", "NewPass123"), new("Input.ConfirmPassword", "NewPass124")]));

        wrong.FieldError("Input.OldPassword").Should().Be("Неверный пароль.");
        weak.FieldError("Input.NewPassword").Should().Contain("цифру").And.Contain("заглавную");
        mismatch.FieldError("Input.ConfirmPassword").Should().Be("Пароли не совпадают.");
    }
}
