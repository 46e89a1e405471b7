package main

import (
	"fmt"
	"net/netip"
	"slices"
)

func main() {
	inputs := []string{"192.168.1.10", "10.0.0.1", "::1", "2001:db8::68", "::ffff:10.1.2.3", "fe80::1%eth0", "256.1.1.1", "not-an-ip"}
	var addrs []netip.Addr
	for _, s := range inputs {
		a, err := netip.ParseAddr(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		addrs = append(addrs, a)
		fmt.Printf("%-18s v4=%-5v v6=%-5v loopback=%-5v private=%-5v bits=%d zone=%q\n",
			a, a.Is4(), a.Is6(), a.IsLoopback(), a.IsPrivate(), a.BitLen(), a.Zone())
	}
	slices.SortFunc(addrs, netip.Addr.Compare)
	fmt.Println("sorted:", addrs)

	mapped := netip.MustParseAddr("::ffff:10.1.2.3")
	fmt.Println("unmap:", mapped.Unmap(), mapped.Is4In6(), mapped.Unmap().Is4())
	a := netip.MustParseAddr("10.0.0.255")
	fmt.Println("next/prev:", a.Next(), a.Prev(), a.Less(a.Next()))
	fmt.Println("compare:", a.Compare(netip.MustParseAddr("10.0.0.1")), a == netip.AddrFrom4([4]byte{10, 0, 0, 255}))

	p := netip.MustParsePrefix("10.1.0.0/16")
	for _, s := range []string{"10.1.200.3", "10.2.0.1", "::1"} {
		fmt.Printf("%s contains %s: %v\n", p, s, p.Contains(netip.MustParseAddr(s)))
	}
	q, err := netip.ParsePrefix("192.168.77.5/20")
	fmt.Println("prefix:", q, q.Bits(), q.Masked(), err)
	fmt.Println("overlaps:", p.Overlaps(netip.MustParsePrefix("10.0.0.0/8")), p.Overlaps(q))
	pre, _ := a.Prefix(24)
	fmt.Println("addr prefix:", pre)

	ap, err := netip.ParseAddrPort("[2001:db8::1]:8080")
	fmt.Println("addrport:", ap, ap.Addr(), ap.Port(), err)
	ap2 := netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), 53)
	fmt.Println("from:", ap2, ap2.IsValid())
	_, err = netip.ParseAddrPort("1.2.3.4")
	fmt.Println("missing port:", err)
	var zero netip.Addr
	fmt.Println("zero:", zero.IsValid(), zero.String())
	b, _ := netip.MustParseAddr("1.2.3.4").MarshalText()
	fmt.Println("text:", string(b), netip.MustParseAddr("1.2.3.4").As4())
}
