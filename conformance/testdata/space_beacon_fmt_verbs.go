package main

import (
	"fmt"
	"os"
)

type Band int

const (
	UHF Band = iota
	SBand
	XBand
)

func (b Band) String() string {
	switch b {
	case UHF:
		return "UHF"
	case SBand:
		return "S-band"
	case XBand:
		return "X-band"
	}
	return "unknown"
}

type Beacon struct {
	Callsign string
	NoradID  int
	Band     Band
	FreqMHz  float64
	Payload  []byte
	Tags     map[string]bool
}

// GoString customises %#v output.
func (b Band) GoString() string { return fmt.Sprintf("Band(%d)", int(b)) }

func main() {
	b := Beacon{
		Callsign: "CUBESAT-42",
		NoradID:  55123,
		Band:     UHF,
		FreqMHz:  437.525,
		Payload:  []byte("OK"),
		Tags:     map[string]bool{"student": true},
	}

	fmt.Printf("%%v   -> %v\n", b)
	fmt.Printf("%%+v  -> %+v\n", b)
	fmt.Printf("%%#v  -> %#v\n", b.Band)
	fmt.Printf("%%T   -> %T\n", b)
	fmt.Printf("%%q   -> %q\n", b.Callsign)
	fmt.Printf("%%x   -> %x\n", b.Payload)
	fmt.Printf("%% X  -> % X\n", []byte(b.Callsign))
	fmt.Printf("%%d   -> %d, %%06d -> %06d, %%o -> %o, %%b -> %b\n", b.NoradID, b.NoradID, b.NoradID, b.NoradID)
	fmt.Printf("%%8.2f -> [%8.2f]\n", b.FreqMHz)
	fmt.Printf("%%-8.1f -> [%-8.1f]\n", b.FreqMHz)
	fmt.Printf("%%e   -> %e\n", b.FreqMHz*1e6)
	fmt.Printf("%%g   -> %g\n", b.FreqMHz)
	fmt.Printf("%%10s -> [%10s] %%-10s -> [%-10s]\n", b.Band, b.Band)
	fmt.Printf("%%t   -> %t\n", b.Tags["student"])
	fmt.Printf("%%c   -> %c%c%c\n", 'S', 'O', 'S')
	fmt.Printf("%%U   -> %U\n", '☄')
	fmt.Printf("%%5.1f%%%% -> %5.1f%%\n", 87.25)
	fmt.Printf("%%*d  -> [%*d]\n", 7, 42)
	fmt.Printf("%%[2]s %%[1]s -> %[2]s %[1]s\n", "orbit", "low")

	s := fmt.Sprintf("%s on %.3f MHz", b.Band, b.FreqMHz)
	fmt.Println("Sprintf:", s, "len", len(s))

	fmt.Fprintln(os.Stdout, "Fprintln to stdout:", XBand, SBand)
	err := fmt.Errorf("beacon %q lost on %v", b.Callsign, b.Band)
	fmt.Println("Errorf:", err)
}
