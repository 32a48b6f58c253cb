@testable import Pipeline
import Testing

@Suite struct HTMLPageTests {
    let page = """
    <!DOCTYPE html>
    <html lang="id"><head>
    <meta charset="utf-8">
    <title>Tentara Suriah rebut Maheen - Kabar Dunia</title>
    <meta property="og:title" content="Tentara Suriah rebut Maheen">
    <meta property="og:site_name" content="Kabar &amp; Dunia">
    <meta property="article:published_time" content="2015-11-24T08:30:00+07:00">
    <link rel="canonical" href="https://kabar.example/suriah/maheen">
    <style>p { color: red }</style>
    <script>var x = "<p>not text</p>";</script>
    </head><body>
    <nav><a href="/">Beranda</a> <a href="/dunia">Dunia</a></nav>
    <article>
      <h1>Tentara Suriah rebut Maheen</h1>
      <p>Tentara Suriah,   Senin (23/11), merebut kembali kota&nbsp;Maheen.</p>
      <p>SOHR &#8211; yang bermarkas di Inggris &#x2013; membenarkan&hellip;</p>
      <aside>Baca juga: Berita lain</aside>
      <!-- <p>commented out</p> -->
    </article>
    <footer>© 2015 Kabar Dunia</footer>
    </body></html>
    """

    @Test func headMetadataGivesTitleOutletDateAndURL() {
        let parsed = HTMLPage.parse(page)
        #expect(parsed.title == "Tentara Suriah rebut Maheen")
        #expect(parsed.siteName == "Kabar & Dunia")
        #expect(parsed.published == "2015-11-24T08:30:00+07:00")
        #expect(parsed.url == "https://kabar.example/suriah/maheen")
        #expect(parsed.language == "id")
    }

    @Test func theArticleTextLeavesOutScriptsStylesNavigationAndAsides() {
        #expect(HTMLPage.parse(page).text == """
        Tentara Suriah rebut Maheen

        Tentara Suriah, Senin (23/11), merebut kembali kota Maheen.

        SOHR – yang bermarkas di Inggris – membenarkan…
        """)
    }

    @Test func aPageWithoutArticleElementUsesItsBodyAndTitle() {
        let parsed = HTMLPage.parse("<html><head><title>Serangan di Aleppo</title></head><body><div>Satu<br>Dua</div><p>Tiga &lt;4&gt; &bogus; & lima</p></body></html>")
        #expect(parsed.title == "Serangan di Aleppo")
        #expect(parsed.text == "Serangan di Aleppo\n\nSatu\n\nDua\n\nTiga <4> &bogus; & lima")
        #expect(parsed.siteName == nil && parsed.published == nil)
    }

    @Test func deeplyNestedAndUnclosedMarkupIsReadWithoutRecursion() {
        let nested = String(repeating: "<div><span>", count: 200_000) + "inti" + String(repeating: "</span>", count: 10)
        #expect(HTMLPage.parse(nested).text == "inti")
        let unclosed = "<p>a <b>b <script>never closed <p>c"
        #expect(HTMLPage.parse(unclosed).text == "a b")
        #expect(HTMLPage.parse("<<<>>> < p &#99999999999; &#x110000; &#0;").text == "<<<>>> < p \u{FFFD} \u{FFFD} \u{FFFD}")
    }
}
