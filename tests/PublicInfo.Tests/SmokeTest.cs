namespace PublicInfo.Tests; public class SmokeTest { [Xunit.Fact] public void Runs() => Xunit.Assert.True(1 + 1 == 2); }
