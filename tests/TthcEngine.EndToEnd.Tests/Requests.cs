using TthcEngine.Client.Models;

namespace TthcEngine.EndToEnd.Tests;

/// <summary>Complete dossiers of the procedures the scenarios use: every document that is not conditional.</summary>
internal static class Requests
{
    public static ApplicantInput Applicant(string name, string idNumber) =>
        new(name, idNumber, "0912345678", null, "Thôn Cốc San, xã Cốc San, tỉnh Lào Cai");

    /// <summary>Đăng ký khai sinh (1.001193): commune level, same day, 15:00 cut-off.</summary>
    public static ReceiveRequest BirthRegistration(ApplicantInput applicant) => new(
        "1.001193", applicant, [new("to-khai"), new("giay-chung-sinh"), new("giay-to-tuy-than", "copy")]);

    /// <summary>Cấp Giấy xác nhận tình trạng hôn nhân (1.004873): commune level, 3 working days.</summary>
    public static ReceiveRequest MaritalStatus(ApplicantInput applicant) => new(
        "1.004873", applicant, [new("to-khai"), new("giay-to-tuy-than", "copy")]);

    /// <summary>Đăng ký thành lập hộ kinh doanh (1.001612): commune level, 3 working days.</summary>
    public static ReceiveRequest HouseholdBusiness(ApplicantInput applicant) => new(
        "1.001612", applicant, [new("giay-de-nghi"), new("giay-to-phap-ly-ca-nhan", "copy")]);

    /// <summary>Đăng ký thành lập doanh nghiệp tư nhân (2.001610): province level, 3 working days.</summary>
    public static ReceiveRequest PrivateEnterprise(ApplicantInput applicant) => new(
        "2.001610", applicant, [new("giay-de-nghi"), new("giay-to-phap-ly-chu-doanh-nghiep", "copy")]);

    /// <summary>Cấp giấy phép xây dựng công trình cấp I, II (1.009972) in its green lane: 8 working days, four parallel branches.</summary>
    public static ReceiveRequest BuildingPermitGreenLane(ApplicantInput applicant) => new(
        "1.009972",
        applicant,
        [new("don-de-nghi"), new("giay-to-dat", "copy"), new("ban-ve-thiet-ke", "original", 2), new("ke-khai-nang-luc")],
        Lane: "greenLane");
}
