import { Text, View } from '@tarojs/components'
import { toBlocks } from '../model'
import './answer-body.scss'

/** A full answer as paragraphs and lists. Plain text only: nothing in content is parsed as markup. */
export function AnswerBody({ text }: { text: string }) {
  return (
    <View className='qa-answer'>
      {toBlocks(text).map((block, i) =>
        block.kind === 'p' ? (
          <Text key={i} className='qa-answer__p'>
            {block.text}
          </Text>
        ) : (
          <View key={i} className='qa-answer__list'>
            {block.items.map((item, k) => (
              <View key={k} className='qa-answer__item'>
                <Text className='qa-answer__bullet'>•</Text>
                <Text className='qa-answer__item-text'>{item}</Text>
              </View>
            ))}
          </View>
        ),
      )}
    </View>
  )
}
