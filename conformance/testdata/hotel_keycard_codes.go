package main

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
)

type KeyCard struct {
	Room   uint16
	Serial uint32
	Access uint8 // bit flags
}

const (
	AccessRoom uint8 = 1 << iota
	AccessGym
	AccessPool
	AccessLounge
)

func (k KeyCard) Encode() []byte {
	buf := make([]byte, 7)
	binary.BigEndian.PutUint16(buf[0:2], k.Room)
	binary.BigEndian.PutUint32(buf[2:6], k.Serial)
	buf[6] = k.Access
	return buf
}

func Decode(b []byte) (KeyCard, error) {
	if len(b) != 7 {
		return KeyCard{}, fmt.Errorf("decode: want 7 bytes, got %d", len(b))
	}
	return KeyCard{
		Room:   binary.BigEndian.Uint16(b[0:2]),
		Serial: binary.BigEndian.Uint32(b[2:6]),
		Access: b[6],
	}, nil
}

func (k KeyCard) Areas() string {
	names := []string{"room", "gym", "pool", "lounge"}
	var out []string
	for i, n := range names {
		if k.Access&(1<<i) != 0 {
			out = append(out, n)
		}
	}
	return strings.Join(out, "+")
}

func main() {
	cards := []KeyCard{
		{Room: 412, Serial: 0xC0FFEE, Access: AccessRoom | AccessGym},
		{Room: 1501, Serial: 77, Access: AccessRoom | AccessPool | AccessLounge},
	}
	for _, c := range cards {
		raw := c.Encode()
		fmt.Printf("room %4d  bytes % x  hex %s  areas=%s\n", c.Room, raw, hex.EncodeToString(raw), c.Areas())
		sum := sha256.Sum256(raw)
		fmt.Printf("          checksum %X\n", sum[:4])
	}

	encoded := hex.EncodeToString(cards[0].Encode())
	raw, err := hex.DecodeString(encoded)
	if err == nil {
		back, _ := Decode(raw)
		fmt.Printf("round trip: %+v equal=%t\n", back, back == cards[0])
	}
	if _, err := Decode([]byte{1, 2, 3}); err != nil {
		fmt.Println("error:", err)
	}
	if _, err := hex.DecodeString("zz"); err != nil {
		fmt.Println("error:", err)
	}

	access := cards[1].Access
	fmt.Printf("access flags: %d = %08b = %#o = %#x\n", access, access, access, access)
	fmt.Println("base 36 serial:", strconv.FormatUint(uint64(cards[0].Serial), 36))
	n, err := strconv.ParseUint("1f4", 16, 16)
	fmt.Println("parsed room from hex:", n, err)
	_, err = strconv.ParseUint("70000", 10, 16)
	fmt.Println("overflow:", err)
	fmt.Printf("%x %X %q %U\n", "lobby", []byte("bar"), 'K', '€')
}
