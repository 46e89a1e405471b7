package main

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"strings"
)

type Ticket struct {
	Serial uint32
	Lane   uint8
	Minute uint16 // minutes since opening
}

// Encode packs a ticket into 7 bytes, big endian.
func (t Ticket) Encode() []byte {
	b := make([]byte, 7)
	binary.BigEndian.PutUint32(b[0:4], t.Serial)
	b[4] = t.Lane
	binary.BigEndian.PutUint16(b[5:7], t.Minute)
	return b
}

func Decode(b []byte) (Ticket, error) {
	if len(b) != 7 {
		return Ticket{}, fmt.Errorf("bad length %d", len(b))
	}
	return Ticket{
		Serial: binary.BigEndian.Uint32(b[0:4]),
		Lane:   b[4],
		Minute: binary.BigEndian.Uint16(b[5:7]),
	}, nil
}

func checksum(b []byte) string {
	h := fnv.New32a()
	h.Write(b)
	return fmt.Sprintf("%08x", h.Sum32())
}

func main() {
	tickets := []Ticket{
		{Serial: 1, Lane: 2, Minute: 15},
		{Serial: 48879, Lane: 1, Minute: 600},
		{Serial: 3000000000, Lane: 9, Minute: 1439},
	}
	for _, t := range tickets {
		raw := t.Encode()
		code := strings.ToUpper(hex.EncodeToString(raw))
		fmt.Printf("%+v\n", t)
		fmt.Printf("  bytes % x | code %s | fnv %s | crc %08X\n", raw, code, checksum(raw), crc32.ChecksumIEEE(raw))

		back, err := hex.DecodeString(code)
		if err != nil {
			fmt.Println("  decode:", err)
			continue
		}
		d, _ := Decode(back)
		fmt.Printf("  round trip ok: %t\n", d == t)
	}

	fmt.Printf("serial %d = %#x = %#o = %#b\n", 48879, 48879, 48879, 48879)
	fmt.Printf("%x | %X | % X\n", "GATE", "gate", []byte("P1"))
	sum := sha256.Sum256([]byte("plate:AB-123"))
	fmt.Printf("sha256 prefix: %x\n", sum[:6])

	if _, err := hex.DecodeString("ZZ01"); err != nil {
		fmt.Println("bad code:", err)
	}
	if _, err := Decode([]byte{1, 2}); err != nil {
		fmt.Println("bad ticket:", err)
	}
	fmt.Print(hex.Dump([]byte("EXIT-LANE-3")))
}
