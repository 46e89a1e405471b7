package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
)

// Wire format (big endian):
//
//	magic uint16 | version uint8 | kind uint8 | seq uint32 | length uint16 | payload | crc32 uint32
const magic = 0xCAFE

type Kind uint8

const (
	KindPing Kind = iota + 1
	KindData
	KindAck
)

func (k Kind) String() string {
	switch k {
	case KindPing:
		return "PING"
	case KindData:
		return "DATA"
	case KindAck:
		return "ACK"
	}
	return fmt.Sprintf("KIND(%d)", uint8(k))
}

type Header struct {
	Magic   uint16
	Version uint8
	Kind    Kind
	Seq     uint32
	Length  uint16
}

type Packet struct {
	Header
	Payload []byte
}

var ErrChecksum = errors.New("checksum mismatch")

func Encode(p Packet) []byte {
	var buf bytes.Buffer
	p.Magic, p.Version, p.Length = magic, 1, uint16(len(p.Payload))
	_ = binary.Write(&buf, binary.BigEndian, p.Header)
	buf.Write(p.Payload)
	return binary.BigEndian.AppendUint32(buf.Bytes(), crc32.ChecksumIEEE(buf.Bytes()))
}

func Decode(r io.Reader) (Packet, error) {
	var p Packet
	if err := binary.Read(r, binary.BigEndian, &p.Header); err != nil {
		return p, fmt.Errorf("header: %w", err)
	}
	if p.Magic != magic {
		return p, fmt.Errorf("bad magic %#04x", p.Magic)
	}
	p.Payload = make([]byte, p.Length)
	if _, err := io.ReadFull(r, p.Payload); err != nil {
		return p, fmt.Errorf("payload seq=%d: %w", p.Seq, err)
	}
	var sum uint32
	if err := binary.Read(r, binary.BigEndian, &sum); err != nil {
		return p, fmt.Errorf("trailer: %w", err)
	}
	hdr := Encode(Packet{Header: p.Header, Payload: p.Payload})
	if want := binary.BigEndian.Uint32(hdr[len(hdr)-4:]); want != sum {
		return p, fmt.Errorf("seq=%d got %08x want %08x: %w", p.Seq, sum, want, ErrChecksum)
	}
	return p, nil
}

func main() {
	var stream []byte
	stream = append(stream, Encode(Packet{Header{Kind: KindPing, Seq: 1}, nil})...)
	stream = append(stream, Encode(Packet{Header{Kind: KindData, Seq: 2}, []byte("hello, wire")})...)
	bad := Encode(Packet{Header{Kind: KindData, Seq: 3}, []byte("flip")})
	bad[12] ^= 0x20
	stream = append(stream, bad...)
	stream = append(stream, Encode(Packet{Header{Kind: 9, Seq: 4}, []byte{0x00, 0xff}})...)
	stream = append(stream, Encode(Packet{Header{Kind: KindAck, Seq: 5}, []byte("truncated")})[:14]...)

	fmt.Printf("stream: %d bytes, first 16: % x\n", len(stream), stream[:16])
	r := bytes.NewReader(stream)
	for {
		p, err := Decode(r)
		if errors.Is(err, io.EOF) && r.Len() == 0 {
			fmt.Println("end of stream")
			break
		}
		if errors.Is(err, ErrChecksum) {
			fmt.Println("drop:", err)
			continue
		}
		if err != nil {
			fmt.Println("fatal:", err, "| unexpected EOF:", errors.Is(err, io.ErrUnexpectedEOF))
			break
		}
		fmt.Printf("%-8v seq=%d len=%2d payload=%q hex=%X\n", p.Kind, p.Seq, p.Length, p.Payload, p.Payload)
	}
	fmt.Println("header size:", binary.Size(Header{}))
}
