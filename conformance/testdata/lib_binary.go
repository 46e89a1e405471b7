package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Length  uint32
	Offset  int64
}

func main() {
	b := make([]byte, 8)
	binary.BigEndian.PutUint32(b, 0xDEADBEEF)
	binary.LittleEndian.PutUint32(b[4:], 0xDEADBEEF)
	fmt.Printf("% x\n", b)
	fmt.Printf("%#x %#x\n", binary.BigEndian.Uint32(b), binary.LittleEndian.Uint32(b))
	fmt.Printf("%#x\n", binary.BigEndian.Uint64(b))

	h := Header{Magic: [4]byte{'G', 'O', 'B', 'N'}, Version: 3, Flags: 0x8001, Length: 1024, Offset: -2}
	var buf bytes.Buffer
	if err := binary.Write(&buf, binary.LittleEndian, h); err != nil {
		fmt.Println("write:", err)
	}
	fmt.Println("size:", binary.Size(h), buf.Len())
	fmt.Printf("% x\n", buf.Bytes())

	var h2 Header
	if err := binary.Read(bytes.NewReader(buf.Bytes()), binary.LittleEndian, &h2); err != nil {
		fmt.Println("read:", err)
	}
	fmt.Printf("%s %d %#x %d %d equal=%v\n", h2.Magic[:], h2.Version, h2.Flags, h2.Length, h2.Offset, h == h2)

	vb := make([]byte, binary.MaxVarintLen64)
	for _, v := range []int64{0, 1, -1, 63, -64, 300, -1000000} {
		n := binary.PutVarint(vb, v)
		got, m := binary.Varint(vb[:n])
		fmt.Printf("varint %d -> % x -> %d (%d)\n", v, vb[:n], got, m)
	}
	for _, u := range []uint64{127, 128, 16384} {
		enc := binary.AppendUvarint(nil, u)
		got, _ := binary.Uvarint(enc)
		fmt.Printf("uvarint %d -> % x -> %d\n", u, enc, got)
	}

	out := binary.BigEndian.AppendUint16(nil, 0x1234)
	out = binary.LittleEndian.AppendUint16(out, 0x1234)
	fmt.Printf("% x\n", out)

	enc, err := binary.Append(nil, binary.BigEndian, []int16{1, -1, 256})
	fmt.Printf("% x %v\n", enc, err)
}
