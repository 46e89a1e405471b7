package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
)

type header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Length  uint32
	Offset  int64
}

func main() {
	data := []byte("Gopher\x00\xff\x10!")
	fmt.Println("hex:", hex.EncodeToString(data))
	fmt.Print(hex.Dump([]byte("The quick brown fox jumps over the lazy dog.")))

	decoded, err := hex.DecodeString("48656c6c6f2c20476f")
	fmt.Printf("decoded: %q err=%v\n", decoded, err)
	_, err = hex.DecodeString("abc")
	fmt.Println("odd length:", err)
	_, err = hex.DecodeString("zz")
	fmt.Println("bad byte:", err)

	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar"} {
		fmt.Printf("%-8q std=%-10s raw=%s\n", s,
			base64.StdEncoding.EncodeToString([]byte(s)), base64.RawStdEncoding.EncodeToString([]byte(s)))
	}
	binaryish := []byte{0xfb, 0xff, 0xfe, 0x3e, 0x3f}
	fmt.Println("std vs url:", base64.StdEncoding.EncodeToString(binaryish), base64.URLEncoding.EncodeToString(binaryish))
	back, err := base64.URLEncoding.DecodeString("-__-Pj8=")
	fmt.Printf("url decode: % x err=%v\n", back, err)
	_, err = base64.StdEncoding.DecodeString("abc$")
	fmt.Println("corrupt:", err)

	var buf bytes.Buffer
	enc := base64.NewEncoder(base64.StdEncoding, &buf)
	enc.Write([]byte("streamed "))
	enc.Write([]byte("through an encoder"))
	enc.Close()
	fmt.Println("stream:", buf.String())

	h := header{Magic: [4]byte{'G', 'O', 'B', 'N'}, Version: 3, Flags: 0x8001, Length: 1 << 20, Offset: -42}
	var out bytes.Buffer
	if err := binary.Write(&out, binary.BigEndian, h); err != nil {
		fmt.Println("write:", err)
	}
	fmt.Printf("big endian (%d bytes): % x\n", out.Len(), out.Bytes())
	out.Reset()
	binary.Write(&out, binary.LittleEndian, h)
	fmt.Printf("little endian:        % x\n", out.Bytes())

	var h2 header
	if err := binary.Read(bytes.NewReader(out.Bytes()), binary.LittleEndian, &h2); err != nil {
		fmt.Println("read:", err)
	}
	fmt.Printf("round trip: %s v%d flags=%#04x len=%d off=%d equal=%v\n",
		h2.Magic[:], h2.Version, h2.Flags, h2.Length, h2.Offset, h == h2)
	fmt.Println("binary.Size:", binary.Size(h))

	b := make([]byte, 8)
	binary.BigEndian.PutUint32(b, 0xdeadbeef)
	binary.LittleEndian.PutUint16(b[4:], 0xcafe)
	fmt.Printf("put: % x u32=%#x u16le=%#x\n", b, binary.BigEndian.Uint32(b), binary.LittleEndian.Uint16(b[4:]))

	var varbuf []byte
	for _, v := range []int64{0, 1, -1, 63, -64, 300, -100000} {
		varbuf = binary.AppendVarint(varbuf[:0], v)
		got, n := binary.Varint(varbuf)
		fmt.Printf("varint %7d -> % x (%d bytes) -> %d\n", v, varbuf, n, got)
	}
	uv := binary.AppendUvarint(nil, 1<<35)
	fmt.Printf("uvarint 2^35 -> % x\n", uv)
}
