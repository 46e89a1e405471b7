package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Count   uint32
}

func hexdump(w io.Writer, data []byte) {
	for off := 0; off < len(data); off += 16 {
		end := min(off+16, len(data))
		line := data[off:end]
		fmt.Fprintf(w, "%08x  ", off)
		for i := 0; i < 16; i++ {
			if i < len(line) {
				fmt.Fprintf(w, "%02x ", line[i])
			} else {
				fmt.Fprint(w, "   ")
			}
			if i == 7 {
				fmt.Fprint(w, " ")
			}
		}
		fmt.Fprint(w, " |")
		for _, b := range line {
			if b >= 0x20 && b < 0x7f {
				fmt.Fprintf(w, "%c", b)
			} else {
				fmt.Fprint(w, ".")
			}
		}
		fmt.Fprintln(w, "|")
	}
}

func encode(names []string) []byte {
	var buf bytes.Buffer
	h := Header{Magic: [4]byte{'R', 'E', 'C', '1'}, Version: 3, Flags: 0x8001, Count: uint32(len(names))}
	binary.Write(&buf, binary.LittleEndian, h)
	for _, n := range names {
		buf.WriteByte(byte(len(n)))
		buf.WriteString(n)
	}
	sum := crc32.ChecksumIEEE(buf.Bytes())
	binary.Write(&buf, binary.BigEndian, sum)
	return buf.Bytes()
}

func decode(data []byte) (Header, []string, error) {
	var h Header
	if len(data) < 4 {
		return h, nil, fmt.Errorf("short input: %d bytes", len(data))
	}
	body, tail := data[:len(data)-4], data[len(data)-4:]
	if got, want := crc32.ChecksumIEEE(body), binary.BigEndian.Uint32(tail); got != want {
		return h, nil, fmt.Errorf("checksum mismatch: got %#08x want %#08x", got, want)
	}
	r := bytes.NewReader(body)
	if err := binary.Read(r, binary.LittleEndian, &h); err != nil {
		return h, nil, err
	}
	names := make([]string, 0, h.Count)
	for i := uint32(0); i < h.Count; i++ {
		n, err := r.ReadByte()
		if err != nil {
			return h, nil, err
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(r, b); err != nil {
			return h, nil, fmt.Errorf("record %d: %w", i, err)
		}
		names = append(names, string(b))
	}
	return h, names, nil
}

func main() {
	data := encode([]string{"alpha", "beta", "gamma\tdelta", "ε-unicode"})
	var out bytes.Buffer
	hexdump(&out, data)
	fmt.Print(out.String())
	fmt.Printf("%d bytes, dump is %d bytes\n", len(data), out.Len())

	h, names, err := decode(data)
	fmt.Printf("header: %+v magic=%q flags=%#04x err=%v\n", h, h.Magic[:], h.Flags, err)
	fmt.Printf("names: %q\n", names)
	fmt.Printf("hex of first name: %x / % X\n", names[0], names[0])

	corrupt := bytes.Clone(data)
	corrupt[20] ^= 0xff
	_, _, err = decode(corrupt)
	fmt.Println("corrupt:", err)

	fixed := encode([]string{"x", "yz"})
	body := bytes.Clone(fixed[:len(fixed)-5])
	_, _, err = decode(binary.BigEndian.AppendUint32(body, crc32.ChecksumIEEE(body)))
	fmt.Println("truncated:", err)
	fmt.Println("index of 'beta':", bytes.Index(data, []byte("beta")), "upper:", string(bytes.ToUpper([]byte("beta"))))
}
