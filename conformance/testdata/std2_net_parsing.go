package main

import (
	"fmt"
	"net/netip"
	"net/url"
	"strings"
)

func main() {
	raw := "https://gopher:s3cret@api.example.com:8443/v2/search/caf%C3%A9?q=go+lang&tag=a&tag=b&empty=#results"
	u, err := url.Parse(raw)
	if err != nil {
		fmt.Println("parse error:", err)
		return
	}
	pw, hasPw := u.User.Password()
	fmt.Println("scheme:", u.Scheme, "| user:", u.User.Username(), "| password set:", hasPw, len(pw))
	fmt.Println("host:", u.Host, "| hostname:", u.Hostname(), "| port:", u.Port())
	fmt.Println("path:", u.Path, "| escaped:", u.EscapedPath(), "| fragment:", u.Fragment)
	q := u.Query()
	fmt.Printf("q=%q tags=%q empty present=%v missing=%q\n", q.Get("q"), q["tag"], q.Has("empty"), q.Get("nope"))
	fmt.Println("redacted:", u.Redacted())

	base, _ := url.Parse("https://example.com/docs/guide/index.html")
	for _, ref := range []string{"intro.html", "../api/", "/root", "?page=2", "//cdn.example.org/x.js", "#top"} {
		r, _ := url.Parse(ref)
		fmt.Printf("resolve %-24q -> %s\n", ref, base.ResolveReference(r))
	}

	v := url.Values{}
	v.Set("name", "Ada Lovelace")
	v.Add("lang", "go")
	v.Add("lang", "c++")
	v.Set("note", "50% off & more")
	fmt.Println("encoded values (sorted):", v.Encode())

	built := url.URL{Scheme: "http", Host: "localhost:8080", Path: "/files/a b/ü.txt", RawQuery: v.Encode()}
	fmt.Println("built:", built.String())
	fmt.Println("PathEscape:", url.PathEscape("a b/c?d"), "| QueryEscape:", url.QueryEscape("a b/c?d"))
	un, err := url.QueryUnescape("100%25+sure%21")
	fmt.Println("QueryUnescape:", un, err)
	_, err = url.QueryUnescape("bad%zz")
	fmt.Println("bad escape:", err)
	_, err = url.Parse("http://[::1")
	fmt.Println("bad url:", err)
	opaque, _ := url.Parse("mailto:someone@example.com")
	fmt.Println("opaque:", opaque.Scheme, opaque.Opaque, "| abs:", opaque.IsAbs())

	for _, s := range []string{"192.168.1.10", "10.0.0.256", "::1", "2001:db8::8a2e:370:7334", "::ffff:1.2.3.4", "fe80::1%eth0"} {
		a, err := netip.ParseAddr(s)
		if err != nil {
			fmt.Println("ParseAddr error:", err)
			continue
		}
		fmt.Printf("%-24s v4=%-5v v6=%-5v loopback=%-5v private=%-5v linklocal=%-5v unmapped=%s\n",
			a, a.Is4(), a.Is6(), a.IsLoopback(), a.IsPrivate(), a.IsLinkLocalUnicast(), a.Unmap())
	}

	prefix := netip.MustParsePrefix("10.1.0.0/16")
	for _, s := range []string{"10.1.200.3", "10.2.0.1", "10.1.0.0"} {
		fmt.Printf("%s in %s: %v\n", s, prefix, prefix.Contains(netip.MustParseAddr(s)))
	}
	p2, _ := netip.ParsePrefix("192.168.77.130/26")
	fmt.Println("masked:", p2.Masked(), "bits:", p2.Bits(), "overlaps 192.168.77.0/24:", p2.Overlaps(netip.MustParsePrefix("192.168.77.0/24")))

	a := netip.MustParseAddr("192.168.0.254")
	var seq []string
	for i := 0; i < 4; i++ {
		seq = append(seq, a.String())
		a = a.Next()
	}
	fmt.Println("next addresses:", strings.Join(seq, " "))
	fmt.Println("compare:", netip.MustParseAddr("10.0.0.2").Compare(netip.MustParseAddr("10.0.0.10")))

	ap, err := netip.ParseAddrPort("[2001:db8::1]:443")
	fmt.Println("addrport:", ap.Addr(), ap.Port(), err)
	_, err = netip.ParseAddrPort("1.2.3.4:99999")
	fmt.Println("bad port:", err)
	b4 := netip.MustParseAddr("172.16.5.4").As4()
	fmt.Println("as4 bytes:", b4, "from array:", netip.AddrFrom4([4]byte{8, 8, 4, 4}))
}
