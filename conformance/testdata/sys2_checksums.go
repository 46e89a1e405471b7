package main

import (
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"strings"
)

// adler is a from-scratch Adler-32 used to cross-check the library.
func adler(data []byte) uint32 {
	const mod = 65521
	a, b := uint32(1), uint32(0)
	for _, c := range data {
		a = (a + uint32(c)) % mod
		b = (b + a) % mod
	}
	return b<<16 | a
}

// crcBitwise computes a reflected CRC-32 one bit at a time.
func crcBitwise(poly uint32, data []byte) uint32 {
	crc := ^uint32(0)
	for _, c := range data {
		crc ^= uint32(c)
		for range 8 {
			if crc&1 == 1 {
				crc = crc>>1 ^ poly
			} else {
				crc >>= 1
			}
		}
	}
	return ^crc
}

func main() {
	castagnoli := crc32.MakeTable(crc32.Castagnoli)
	koopman := crc32.MakeTable(crc32.Koopman)

	inputs := []string{"", "a", "123456789", "Wikipedia", "The quick brown fox jumps over the lazy dog"}
	fmt.Printf("%-12s %-8s %-8s %-8s %s\n", "input", "ieee", "crc32c", "koopman", "adler32")
	for _, s := range inputs {
		b := []byte(s)
		label := s
		if len(label) > 10 {
			label = label[:9] + "~"
		}
		fmt.Printf("%-12q %08x %08x %08x %08x\n", label, crc32.ChecksumIEEE(b),
			crc32.Checksum(b, castagnoli), crc32.Checksum(b, koopman), adler32.Checksum(b))
	}

	// Cross-check the library against the naive implementations.
	mismatches := 0
	for _, s := range inputs {
		b := []byte(s)
		if crcBitwise(crc32.IEEE, b) != crc32.ChecksumIEEE(b) ||
			crcBitwise(crc32.Castagnoli, b) != crc32.Checksum(b, castagnoli) ||
			adler(b) != adler32.Checksum(b) {
			mismatches++
		}
	}
	fmt.Println("naive vs library mismatches:", mismatches)

	// Streaming: feed chunks of growing size through hash.Hash32 values.
	doc := []byte(strings.Repeat("block-device-sector;", 50))
	hashes := []struct {
		name string
		h    hash.Hash32
	}{{"ieee", crc32.NewIEEE()}, {"crc32c", crc32.New(castagnoli)}, {"adler32", adler32.New()}}
	for _, e := range hashes {
		chunks := 0
		for off, size := 0, 1; off < len(doc); off, size = off+size, size*2 {
			e.h.Write(doc[off:min(off+size, len(doc))])
			chunks++
		}
		fmt.Printf("%-7s size=%d block=%d chunks=%d sum=%08x sumbytes=%x\n",
			e.name, e.h.Size(), e.h.BlockSize(), chunks, e.h.Sum32(), e.h.Sum(nil))
	}
	fmt.Printf("one-shot ieee=%08x crc32c=%08x adler32=%08x\n",
		crc32.ChecksumIEEE(doc), crc32.Checksum(doc, castagnoli), adler32.Checksum(doc))

	// crc32.Update continues a running checksum across buffers.
	running := crc32.Update(0, crc32.IEEETable, doc[:333])
	running = crc32.Update(running, crc32.IEEETable, doc[333:])
	fmt.Printf("update-chained ieee=%08x\n", running)

	// Every single-bit error in a 16-byte frame must change both checksums.
	frame := []byte("HDR:len=0016;ok!")
	baseCRC, baseAdler := crc32.ChecksumIEEE(frame), adler32.Checksum(frame)
	crcCaught, adlerCaught, total := 0, 0, 0
	for i := range frame {
		for bit := range 8 {
			frame[i] ^= 1 << bit
			total++
			if crc32.ChecksumIEEE(frame) != baseCRC {
				crcCaught++
			}
			if adler32.Checksum(frame) != baseAdler {
				adlerCaught++
			}
			frame[i] ^= 1 << bit
		}
	}
	fmt.Printf("single-bit flips detected: crc32 %d/%d adler32 %d/%d\n", crcCaught, total, adlerCaught, total)

	// Swapping two bytes fools a plain sum but not a CRC.
	a, b := []byte("AB-payload"), []byte("BA-payload")
	sum := func(p []byte) (s int) {
		for _, c := range p {
			s += int(c)
		}
		return s
	}
	fmt.Printf("swap: sum equal=%v crc equal=%v adler equal=%v\n",
		sum(a) == sum(b), crc32.ChecksumIEEE(a) == crc32.ChecksumIEEE(b), adler32.Checksum(a) == adler32.Checksum(b))
}
