package racereport

import (
	"debug/elf"
	"errors"
	"sort"
	"strconv"
	"strings"
)

// Globals maps addresses to the package-level variables of one binary. Go's
// race detector prints only the address of a raced variable; the binary's
// symbol table names it.
type Globals struct {
	syms []elf.Symbol // data objects, sorted by address
}

// ReadGlobals reads the variables of an ELF executable (a `go build -race`
// output; not stripped with -ldflags=-s). A position-independent binary
// (-buildmode=pie) is refused: its addresses at run time are unknown here.
func ReadGlobals(binary string) (*Globals, error) {
	f, err := elf.Open(binary)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if f.Type != elf.ET_EXEC {
		return nil, errors.New("racereport: " + binary + " is not a fixed-address executable (PIE?): cannot name its globals")
	}
	all, err := f.Symbols()
	if err != nil {
		return nil, err
	}
	g := &Globals{}
	for _, s := range all {
		if elf.ST_TYPE(s.Info) == elf.STT_OBJECT && s.Size > 0 && s.Name != "" {
			g.syms = append(g.syms, s)
		}
	}
	sort.Slice(g.syms, func(i, j int) bool { return g.syms[i].Value < g.syms[j].Value })
	return g, nil
}

// Lookup returns the symbol of the variable holding addr ("main.counter";
// an address inside a global struct or array names the whole variable).
func (g *Globals) Lookup(addr uint64) (string, bool) {
	if g == nil {
		return "", false
	}
	i := sort.Search(len(g.syms), func(i int) bool { return g.syms[i].Value > addr }) - 1
	for ; i >= 0; i-- {
		s := g.syms[i]
		if addr >= s.Value && addr < s.Value+s.Size {
			return s.Name, true
		}
		if addr-s.Value > 1<<20 {
			break // symbols far below cannot hold it; stop scanning
		}
	}
	return "", false
}

// Resolve sets r.Variable from the address of the race if it is a
// variable of the program's package main (runtime and library internals
// stay unnamed: the learner did not write them). It keeps a Variable the
// report named itself.
func (r *Report) Resolve(g *Globals) {
	if r.Variable != "" || g == nil {
		return
	}
	for _, a := range []Access{r.Current, r.Previous} {
		addr, err := strconv.ParseUint(strings.TrimPrefix(strings.ToLower(a.Addr), "0x"), 16, 64)
		if err != nil {
			continue
		}
		if sym, ok := g.Lookup(addr); ok && strings.HasPrefix(sym, "main.") {
			r.Variable = variableName(sym)
			return
		}
	}
}
