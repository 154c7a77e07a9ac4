namespace PublicInfo.Tests.Search;

/// Queries both the C# service and search.js must rank identically: (query, category filter).
internal static class ParityQueries
{
    public static IReadOnlyList<(string Query, string Category)> All { get; } =
    [
        // colloquial and synonym-driven
        ("过户", ""), ("驾照到期", ""), ("孩子出生上户口", ""), ("身份证丢了怎么办", ""), ("护照过期了", ""),
        ("二手车过户要带什么材料", ""), ("新生儿落户", ""), ("上户口", ""), ("落户口", ""), ("迁户口", ""),
        ("驾照丢了", ""), ("年检", ""), ("罚单", ""), ("违章怎么处理", ""), ("改名字", ""), ("去香港", ""),
        ("婴儿", ""), ("身份证过期", ""), ("驾驶证遗失", ""), ("换身份证要多久", ""), ("怎么办", ""),
        // plain Chinese
        ("护照", ""), ("身份证", ""), ("居民身份证", ""), ("驾驶证", ""), ("居住证", ""), ("无犯罪记录证明", ""),
        ("港澳通行证签注", ""), ("演唱会", ""), ("临时身份证", ""), ("户口本", ""), ("照片", ""),
        // single characters
        ("证", ""), ("户", ""), ("照", ""), ("车", ""), ("𠀀", ""),
        // English, numbers, mixed, full-width
        ("hong kong", ""), ("Permit", ""), ("criminal record", ""), ("Café", ""), ("12123", ""), ("16", ""),
        ("2024年", ""), ("C1驾驶证", ""), ("ＨＯＮＧ　ＫＯＮＧ", ""), ("交管１２１２３", ""), ("护照 passport", ""),
        // nothing matches as a phrase, or nothing at all
        ("中华人民共和国", ""), ("火星", ""), ("xyzzy", ""),
        // empty and junk
        ("", ""), ("   ", ""), ("！？。", ""),
        // very long
        ("我的身份证丢了而且护照也过期了孩子刚出生还没有上户口二手车也要过户驾照快到期了请问应该怎么办理需要带什么材料去哪里办多长时间能办好谢谢",
            ""),
        (string.Concat(Enumerable.Repeat("身份证 ", 60)), ""),
        // category filter
        ("身份证", "jg"), ("身份证", "hz"), ("身份证", "crj"), ("照片", "nope"), ("证", "za"),
    ];
}
