namespace TthcEngine.National.Population;

/// <summary>
/// A citizen (công dân) as the population database knows them, in our terms: what the desk needs to fill the receive
/// form and check the applicant.
/// </summary>
/// <param name="IdNumber">Số định danh cá nhân, 12 digits.</param>
/// <param name="OldIdNumber">Số CMND (9 digits), when the citizen had one.</param>
/// <param name="FullName">Họ, chữ đệm và tên joined with single spaces.</param>
/// <param name="Sex"><c>male</c>, <c>female</c>, or null when the database says nothing (GioiTinh 1, 2, other).</param>
/// <param name="BirthDate">The full date of birth, when the database holds it.</param>
/// <param name="BirthYear">The year of birth; for some citizens the only part known.</param>
/// <param name="PermanentAddress">Nơi thường trú, as one line of text.</param>
/// <param name="CurrentAddress">Nơi ở hiện tại, as one line of text.</param>
/// <param name="HouseholdHead">The head of the household (chủ hộ): their name, when given.</param>
public sealed record CitizenIdentity(
    string IdNumber,
    string? OldIdNumber,
    string FullName,
    string? Sex,
    DateOnly? BirthDate,
    int? BirthYear,
    string? PermanentAddress,
    string? CurrentAddress,
    string? Nationality,
    string? HouseholdHead);
