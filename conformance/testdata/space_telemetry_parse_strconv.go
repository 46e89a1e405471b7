package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Packet is one decoded telemetry line like "SAT=HALO;SEQ=0x1F;TEMP=-12.5;OK=true".
type Packet struct {
	Sat  string
	Seq  uint64
	Temp float64
	OK   bool
}

func parse(line string) (Packet, error) {
	var p Packet
	for field := range strings.SplitSeq(line, ";") {
		key, val, found := strings.Cut(field, "=")
		if !found {
			return p, fmt.Errorf("field %q: missing '='", field)
		}
		var err error
		switch strings.ToUpper(strings.TrimSpace(key)) {
		case "SAT":
			p.Sat = strings.TrimSpace(val)
		case "SEQ":
			p.Seq, err = strconv.ParseUint(val, 0, 16)
		case "TEMP":
			p.Temp, err = strconv.ParseFloat(val, 64)
		case "OK":
			p.OK, err = strconv.ParseBool(val)
		default:
			return p, fmt.Errorf("unknown key %q", key)
		}
		if err != nil {
			return p, fmt.Errorf("field %s: %w", key, err)
		}
	}
	return p, nil
}

func main() {
	lines := []string{
		"SAT=HALO;SEQ=0x1F;TEMP=-12.5;OK=true",
		"sat=ORION ; SEQ=300;TEMP=21.75;OK=1",
		"SAT=DRACO;SEQ=0b101;TEMP=hot;OK=true",
		"SAT=LYRA;SEQ=70000;TEMP=3;OK=false",
		"SAT=VEGA;SEQ=7;TEMP=1.5;OK=yes",
		"SAT=CRUX;SEQ=8;MODE",
	}

	var good []Packet
	for i, line := range lines {
		p, err := parse(line)
		if err != nil {
			var numErr *strconv.NumError
			if errors.As(err, &numErr) {
				fmt.Printf("line %d: %s(%q) -> %v\n", i+1, numErr.Func, numErr.Num, numErr.Err)
			} else {
				fmt.Printf("line %d: %v\n", i+1, err)
			}
			continue
		}
		good = append(good, p)
	}

	fmt.Println("decoded packets:")
	for _, p := range good {
		fmt.Printf("  %-6s seq=%-4d hex=%s temp=%s ok=%s\n",
			p.Sat, p.Seq, strconv.FormatUint(p.Seq, 16),
			strconv.FormatFloat(p.Temp, 'f', 1, 64), strconv.FormatBool(p.OK))
	}

	// Build a compact downlink line with strconv.Append*.
	buf := []byte("ACK:")
	for i, p := range good {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = strconv.AppendQuote(buf, p.Sat)
		buf = strconv.AppendInt(buf, int64(p.Seq), 10)
	}
	fmt.Println(string(buf))
	fmt.Println("Itoa/Atoi round trip:", strconv.Itoa(4096), mustAtoi("  512 "))
}

func mustAtoi(s string) int {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return -1
	}
	return n
}
