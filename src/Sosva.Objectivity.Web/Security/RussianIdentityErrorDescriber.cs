using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Sosva.Objectivity.Web.Security;

/// <summary>Identity's messages in Russian: users see them next to the fields.</summary>
public sealed class RussianIdentityErrorDescriber : IdentityErrorDescriber
{
    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };

    private static string N(int n) => n.ToString(CultureInfo.GetCultureInfo("ru-RU"));

    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Произошла неизвестная ошибка.");
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure),
        "Запись изменена другим пользователем. Обновите страницу и повторите.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Неверный пароль.");
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Недействительный токен.");
    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated),
        "Этот внешний вход уже связан с другой учётной записью.");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName),
        $"Имя пользователя «{userName}» недопустимо: используйте латинские буквы, цифры и символы -._@+.");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail),
        $"Адрес электронной почты «{email}» недопустим.");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName),
        $"Пользователь с именем «{userName}» уже существует.");
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail),
        $"Адрес «{email}» уже используется.");
    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName),
        $"Недопустимое имя роли «{role}».");
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName),
        $"Роль «{role}» уже существует.");
    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword),
        "У пользователя уже задан пароль.");
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled),
        "Блокировка для этого пользователя не включена.");
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole),
        $"Пользователь уже имеет роль «{Roles.RussianName(role)}».");
    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole),
        $"Пользователь не имеет роли «{Roles.RussianName(role)}».");
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort),
        $"Пароль должен содержать не менее {N(length)} символов.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars),
        $"Пароль должен содержать не менее {N(uniqueChars)} различных символов.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric),
        "Пароль должен содержать хотя бы один символ, не являющийся буквой или цифрой.");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit),
        "Пароль должен содержать хотя бы одну цифру.");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower),
        "Пароль должен содержать хотя бы одну строчную латинскую букву.");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper),
        "Пароль должен содержать хотя бы одну заглавную латинскую букву.");
    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed),
        "Код восстановления не подошёл.");
}
