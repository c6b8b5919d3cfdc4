namespace TthcEngine.EndToEnd.Tests;

/// <summary>The demo accounts the scenarios sign in as: <c>{agency}.{unit}.{role}</c>.</summary>
internal static class Officers
{
    public const string CocSanDesk = "xa-coc-san.mot-cua-xa.desk";
    public const string CocSanCivilStatus = "xa-coc-san.tu-phap-ho-tich.specialist";
    public const string CocSanEconomy = "xa-coc-san.phong-kinh-te.specialist";
    public const string CocSanEconomyHead = "xa-coc-san.phong-kinh-te.leader";
    public const string CocSanLeader = "xa-coc-san.lanh-dao-xa.leader";

    public const string ProvinceDesk = "lao-cai.mot-cua-tinh.desk";
    public const string BusinessRegistration = "lao-cai.phong-dkkd.specialist";
    public const string BusinessRegistrationHead = "lao-cai.phong-dkkd.leader";
    public const string ProvinceSupervisor = "lao-cai.supervisor";

    public const string Construction = "lao-cai.so-xay-dung.specialist";
    public const string ConstructionHead = "lao-cai.so-xay-dung.leader";
    public const string ConstructionFocalPoint = "lao-cai.so-xay-dung.focalPoint";
    public const string ConstructionDirector = "lao-cai.lanh-dao-so-xay-dung.leader";
    public const string FirePolice = "lao-cai.cong-an-pccc.specialist";
    public const string Environment = "lao-cai.so-nong-nghiep-moi-truong.specialist";
    public const string CommuneOfSite = "lao-cai.ubnd-xa-noi-co-cong-trinh.specialist";
}
