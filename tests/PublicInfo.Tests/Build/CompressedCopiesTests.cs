using PublicInfo.Build;

namespace PublicInfo.Tests.Build;

public class CompressedCopiesTests
{
    [Fact]
    public void Copies_are_given_back_only_for_the_same_bytes_at_the_same_quality()
    {
        var copies = new CompressedCopies();
        byte[] content = [1, 2, 3], gzip = [4], brotli = [5];
        copies.Remember([("t0.abc.json", content), ("t0.abc.json.gz", gzip), ("t0.abc.json.br", brotli), ("lonely.json", [9])], 6);

        Assert.Equal((gzip, brotli), copies.Earlier("t0.abc.json", [1, 2, 3], 6));
        Assert.Null(copies.Earlier("t0.abc.json", [1, 2, 4], 6));
        Assert.Null(copies.Earlier("t0.abc.json", content, 11));
        Assert.Null(copies.Earlier("lonely.json", [9], 6)); // no copies were made of it
        Assert.Null(copies.Earlier("other.json", content, 6));
    }

    [Fact]
    public void Only_the_last_export_is_kept()
    {
        var copies = new CompressedCopies();
        copies.Remember([("a.json", [1]), ("a.json.gz", [2]), ("a.json.br", [3])], 6);
        copies.Remember([("b.json", [1]), ("b.json.gz", [2]), ("b.json.br", [3])], 6);

        Assert.Null(copies.Earlier("a.json", [1], 6));
        Assert.NotNull(copies.Earlier("b.json", [1], 6));
    }
}
