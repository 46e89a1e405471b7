package main

import (
	"fmt"
	"net/netip"
	"slices"
)

type rule struct {
	name   string
	prefix netip.Prefix
}

// longestMatch returns the most specific rule containing a.
func longestMatch(rules []rule, a netip.Addr) (rule, bool) {
	best, found := rule{}, false
	for _, r := range rules {
		if r.prefix.Contains(a) && (!found || r.prefix.Bits() > best.prefix.Bits()) {
			best, found = r, true
		}
	}
	return best, found
}

func main() {
	inputs := []string{"192.168.1.10", "10.0.0.1", "2001:db8::1", "::ffff:192.168.1.10",
		"127.0.0.1", "fe80::1%eth0", "256.1.1.1", "172.16.5.4", "8.8.8.8"}
	var parsed []netip.Addr
	for _, s := range inputs {
		a, err := netip.ParseAddr(s)
		if err != nil {
			fmt.Println("invalid:", err)
			continue
		}
		fmt.Printf("%-20s v4=%-5v v6=%-5v loop=%-5v private=%-5v linklocal=%-5v global=%-5v bits=%d\n",
			a, a.Is4(), a.Is6(), a.IsLoopback(), a.IsPrivate(), a.IsLinkLocalUnicast(), a.IsGlobalUnicast(), a.BitLen())
		parsed = append(parsed, a)
	}
	slices.SortFunc(parsed, netip.Addr.Compare)
	fmt.Println("sorted:", parsed)

	mapped := netip.MustParseAddr("::ffff:192.168.1.10")
	fmt.Println("unmap:", mapped.Unmap(), "| equal to v4:", mapped.Unmap() == netip.MustParseAddr("192.168.1.10"),
		"| is4in6:", mapped.Is4In6())
	fmt.Println("zone:", netip.MustParseAddr("fe80::1%eth0").Zone(), "| without:", netip.MustParseAddr("fe80::1%eth0").WithZone(""))

	rules := []rule{
		{"lan", netip.MustParsePrefix("192.168.0.0/16")},
		{"office", netip.MustParsePrefix("192.168.1.0/24")},
		{"vpn", netip.MustParsePrefix("10.0.0.0/8")},
		{"docs6", netip.MustParsePrefix("2001:db8::/32")},
	}
	for _, s := range []string{"192.168.1.77", "192.168.9.1", "10.20.30.40", "2001:db8:1::5", "8.8.8.8"} {
		a := netip.MustParseAddr(s)
		if r, ok := longestMatch(rules, a); ok {
			fmt.Printf("%-14s -> %-6s (%v)\n", s, r.name, r.prefix)
		} else {
			fmt.Printf("%-14s -> default route\n", s)
		}
	}
	fmt.Println("overlaps lan/office:", rules[0].prefix.Overlaps(rules[1].prefix), "| lan/vpn:", rules[0].prefix.Overlaps(rules[2].prefix))

	p := netip.MustParsePrefix("192.168.1.77/24")
	fmt.Println("prefix:", p, "| masked:", p.Masked(), "| bits:", p.Bits(), "| addr:", p.Addr(), "| single:", p.IsSingleIP())
	small := netip.MustParsePrefix("10.1.2.252/30")
	for a := small.Addr(); small.Contains(a); a = a.Next() {
		fmt.Println("  host", a, a.As4())
	}
	fmt.Println("prev of 10.0.0.0:", netip.MustParseAddr("10.0.0.0").Prev(), "| next of ::ffff:", netip.MustParseAddr("::ffff").Next())
	pfx, err := netip.MustParseAddr("203.0.113.99").Prefix(20)
	fmt.Println("addr.Prefix(20):", pfx, err)
	_, err = netip.ParsePrefix("10.0.0.0/33")
	fmt.Println("bad prefix:", err)

	ap, err := netip.ParseAddrPort("[2001:db8::1]:8080")
	fmt.Println("addrport:", ap, "| addr:", ap.Addr(), "| port:", ap.Port(), "| err:", err)
	dns := netip.AddrPortFrom(netip.MustParseAddr("127.0.0.53"), 53)
	fmt.Println("constructed:", dns, "| valid:", dns.IsValid())
	_, err = netip.ParseAddrPort("1.2.3.4:99999")
	fmt.Println("bad port:", err)

	text, _ := netip.MustParseAddr("2001:0db8:0000:0000:0000:ff00:0042:8329").MarshalText()
	fmt.Println("canonical v6:", string(text), "| expanded:", netip.MustParseAddr("2001:db8::1").StringExpanded())
	var zero netip.Addr
	fmt.Println("zero addr valid:", zero.IsValid(), "| string:", zero, "| from4:", netip.AddrFrom4([4]byte{198, 51, 100, 7}))
}
