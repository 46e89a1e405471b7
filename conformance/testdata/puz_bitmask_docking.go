package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

const input = `mask = 000000000000000000000000000000X1001X
mem[42] = 100
mask = 00000000000000000000000000000000X0XX
mem[26] = 1
mask = 0000000000000000000000000000000X1X0X
mem[7] = 11
mem[8] = 0`

type Mask struct {
	ones, zeros, floating uint64
}

func ParseMask(s string) Mask {
	var m Mask
	for i, c := range s {
		bit := uint64(1) << (len(s) - 1 - i)
		switch c {
		case '1':
			m.ones |= bit
		case '0':
			m.zeros |= bit
		case 'X':
			m.floating |= bit
		}
	}
	return m
}

func (m Mask) ApplyValue(v uint64) uint64 { return (v | m.ones) &^ m.zeros }

// Addresses enumerates every address produced by the floating bits,
// iterating over all submasks of m.floating.
func (m Mask) Addresses(addr uint64) []uint64 {
	base := (addr | m.ones) &^ m.floating
	var out []uint64
	for sub := m.floating; ; sub = (sub - 1) & m.floating {
		out = append(out, base|sub)
		if sub == 0 {
			break
		}
	}
	return out
}

func sum(mem map[uint64]uint64) uint64 {
	var total uint64
	for _, k := range slices.Sorted(maps.Keys(mem)) {
		total += mem[k]
	}
	return total
}

func main() {
	mem1 := map[uint64]uint64{}
	mem2 := map[uint64]uint64{}
	var mask Mask
	for _, line := range strings.Split(input, "\n") {
		if s, ok := strings.CutPrefix(line, "mask = "); ok {
			mask = ParseMask(s)
			continue
		}
		var addr, val uint64
		fmt.Sscanf(line, "mem[%d] = %d", &addr, &val)
		mem1[addr] = mask.ApplyValue(val)
		for _, a := range mask.Addresses(addr) {
			mem2[a] = val
		}
	}
	fmt.Println("part 1:", sum(mem1))
	fmt.Println("part 2:", sum(mem2), "over", len(mem2), "addresses")
	keys := slices.Sorted(maps.Keys(mem2))
	fmt.Printf("lowest %d (%06b), highest %d (%06b)\n", keys[0], keys[0], keys[len(keys)-1], keys[len(keys)-1])
}
