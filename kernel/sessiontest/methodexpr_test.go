package sessiontest

import "testing"

// A method expression of a compiled type given as a function value
// (yaegi dropped its receiver: reflect.Set panic in slices.SortFunc) and
// an untyped constant shifted by a variable next to a uint64 (yaegi made
// it an int: reflect.Value.Uint panic), through a real kernel and compared
// with go run; the interpreter runs both.
func TestMethodExpressionsAndShiftedConstantsPrintWhatGoRunPrints(t *testing.T) {
	const decls = `import (
	"fmt"
	"net/netip"
	"slices"
	"strings"
)

type Bits struct{ w []uint64 }

func (b *Bits) Set(p uint64) { b.w[p/64] |= 1 << (p % 64) }

func (b *Bits) Has(p uint64) bool { return b.w[p/64]&(1<<(p%64)) != 0 }`
	const body = `addrs := []netip.Addr{netip.MustParseAddr("10.0.0.2"), netip.MustParseAddr("::1"), netip.MustParseAddr("10.0.0.1")}
slices.SortFunc(addrs, netip.Addr.Compare)
fmt.Println(addrs)
cmp := netip.Addr.Compare
fmt.Println(cmp(addrs[0], addrs[1]))
var sb strings.Builder
write := (*strings.Builder).WriteString
n, err := write(&sb, "abc")
fmt.Println(n, err, sb.String())
b := &Bits{w: make([]uint64, 2)}
b.Set(3)
b.Set(70)
fmt.Println(b.Has(3), b.Has(4), b.Has(70), b.w)
var p uint64 = 5
x := b.w[0] & (1 << p)
fmt.Println(x, 1<<p == b.w[0], uint8(1)<<p)`
	want := goRunMain(t, decls, body)
	k := start(t)
	k.ok(decls)
	if r := k.ok(body); r.Stdout != want || r.Stderr != "" {
		t.Errorf("stdout %q\ngo run: %q\nstderr %q (the interpreter must run it)", r.Stdout, want, r.Stderr)
	}
}
