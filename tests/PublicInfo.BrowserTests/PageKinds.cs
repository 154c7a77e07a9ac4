namespace PublicInfo.BrowserTests;

/// <summary>One URL of every page kind of the sample site.</summary>
public static class PageKinds
{
    public static TheoryData<string, string> All => new()
    {
        { "home", "/" },
        { "category", "/categories/exit-entry/" },
        { "procedure", "/procedures/passport-first-issue/" },
        { "procedure-suspended", "/procedures/taiwan-endorsement/" },
        { "print", "/procedures/vehicle-transfer/print.html" },
        { "version", "/procedures/id-card-reissue/v1/" },
        { "document", "/documents/id-card/" },
        { "office", "/offices/vehicle-admin-centre/" },
        { "a-z", "/a-z/" },
        { "notices", "/notices/" },
        { "notice", "/notices/2026-03-01-passport-nationwide/" },
        { "page", "/pages/accessibility/" },
        { "search", "/search/" },
        { "changes", "/changes/" },
        { "transparency", "/transparency/" },
        { "open-data", "/data/" },
        { "404", "/404.html" },
    };
}
