import { describe, expect, it } from "vitest";
import { pageMarkup } from "./page-markup";

describe("pageMarkup", () => {
  it.each([
    ["keeps the body and its class", '<html><head><title>t</title></head><body class="a b"><main><p>x</p></main></body></html>', "a b", "<main><p>x</p></main>"],
    [
      "drops every script, with attributes, nonce or inline payload",
      '<body><p>x</p><script src="/c.js" async="" nonce="n"></script><script>self.__next_f.push([1,"<p>"])</script><p>y</p></body>',
      "",
      "<p>x</p><p>y</p>",
    ],
    // The stray end tag left over is what a browser would ignore too.
    ["a script body ends at the first </script, as in HTML", "<body><script>a='</script ><p>kept</p>'</script></body>", "", "<p>kept</p>'</script>"],
    ["keeps what is not a script (a template, an svg)", '<body><template id="t"></template><svg viewBox="0 0 1 1"></svg></body>', "", '<template id="t"></template><svg viewBox="0 0 1 1"></svg>'],
    ["takes the last </body>, not one inside the content", "<body><pre>&lt;/body&gt;</pre><code></body></code></body>", "", "<pre>&lt;/body&gt;</pre><code></body></code>"],
  ])("%s", (_name, html, bodyClass, markup) => {
    expect(pageMarkup(html, "/p")).toEqual({ bodyClass, markup });
  });

  it.each([["no body at all", "<html><p>x</p></html>"], ["a body never closed", "<body><p>x</p>"]])("%s is an error naming the page", (_name, html) => {
    expect(() => pageMarkup(html, "/runbooks")).toThrow("/runbooks: the page has no <body>…</body>");
  });
});
