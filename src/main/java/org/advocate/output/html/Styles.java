package org.advocate.output.html;

import java.util.Locale;

/**
 * The page's one style sheet: the PDF's house style on screen (a serif body about 70 characters a
 * line, a small sans-serif letterhead, signatories in columns, small sources) and, for printing,
 * the PDF's paper and margins.
 */
final class Styles {
    private Styles() {}

    static String css(PageSpec spec) {
        String size = String.format(Locale.ROOT, "%.2fpt", spec.fontSize());
        return """
        :root{color-scheme:light}
        body{margin:0;background:#fff;color:#1a1a1a;\
        font-family:"Liberation Serif","Times New Roman",Times,serif;\
        font-size:%s;line-height:1.4}
        main{max-width:34em;margin:2.5em auto;padding:0 1.25em}
        p{margin:0 0 .55em}
        .body p{text-align:%s;hyphens:auto}
        .letterhead{font-family:"Liberation Sans",Arial,Helvetica,sans-serif;\
        font-size:.78em;color:#555;border-bottom:1px solid #9a9a9a;\
        padding-bottom:.6em;margin-bottom:1.6em;overflow:auto}
        .letterhead strong:first-child{display:inline-block;font-size:2em;color:#1a1a1a;\
        font-weight:bold;margin-bottom:.2em}
        .logo{float:right;max-height:54pt;max-width:30%%;margin-left:1em}
        .date,.recipient{margin-bottom:1.2em}
        .subject{margin-bottom:1em}
        .closing{margin-top:1.2em;break-inside:avoid}
        .signature img{max-height:48pt;max-width:12em}
        .signatories{font-size:.91em;margin-top:1.6em;columns:2 16em;column-gap:2em}
        .signatories p{break-inside:avoid}
        .signatories p:first-child{column-span:all}
        .sources{font-size:.82em;margin-top:1.6em}
        h1,h2,h3,h4,h5,h6{font-family:"Liberation Sans",Arial,Helvetica,sans-serif;\
        line-height:1.2;margin:1.2em 0 .5em}
        h1{font-size:1.36em}h2{font-size:1.18em}h3{font-size:1.09em}\
        h4,h5,h6{font-size:1em}
        blockquote{margin:0 0 .55em 1.5em;padding-left:.8em;border-left:2px solid #9a9a9a}
        ul,ol{margin:0 0 .55em;padding-left:1.6em}
        table{border-collapse:collapse;margin:0 0 .8em}
        th,td{border:1px solid #9a9a9a;padding:.2em .5em;text-align:left}
        code,pre{font-family:"Liberation Mono","Courier New",monospace;font-size:.88em}
        pre{background:#f2f2f2;padding:.5em;overflow-x:auto}
        a{color:#1f4e8c}
        @page{%s}
        @media print{main{max-width:none;margin:0;padding:0}\
        a{color:inherit;text-decoration:none}\
        h1,h2,h3,h4,h5,h6{break-after:avoid}p{orphans:2;widows:2}}
        """
                .formatted(size, spec.justified() ? "justify" : "left", spec.pageCss());
    }
}
